/**
 * Pages the secretary writes: the list of pages, and the editor with its preview, its
 * publish and unpublish actions, and the images and documents she puts in a page.
 */
package fr.clocher.website.ui.pages;
