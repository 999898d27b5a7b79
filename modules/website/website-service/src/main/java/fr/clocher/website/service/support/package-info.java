/**
 * What every part of the website module shares: refusals that name each field, plain text
 * handling, and recording a change (change log and site version together).
 */
package fr.clocher.website.service.support;
