/**
 * Urgent alerts in three fields (what, where, until when): a banner on every page of the
 * site while valid, gone on its own when it ends.
 */
package fr.clocher.announcements.service.alerts;
