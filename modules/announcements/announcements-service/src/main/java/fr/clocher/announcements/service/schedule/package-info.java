/**
 * What falls due by itself: scheduled publications and the ends of alerts, noticed by a
 * sweep that every instance may run, exact with several, tenant by tenant.
 */
package fr.clocher.announcements.service.schedule;
