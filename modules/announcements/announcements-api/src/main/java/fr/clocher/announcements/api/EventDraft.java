package fr.clocher.announcements.api;

import java.time.LocalDateTime;

/**
 * What the secretary writes for an event, in Paris time.
 *
 * @param title required, at most 150 characters
 * @param summary optional plain text, at most 300 characters
 * @param body rich text as HTML, sanitized on saving (see {@link NewsDraft#body()})
 * @param place where it happens, at most 200 characters, optional
 * @param registrationUrl an {@code https://} or {@code http://} address to register at,
 * optional
 * @param allDay true for whole days (null is false): only the dates of {@code start} and
 * {@code end} count
 * @param start when it starts, required
 * @param end when it ends, required, not before {@code start}
 */
public record EventDraft(String title, String summary, String body, String place, String registrationUrl,
		Boolean allDay, LocalDateTime start, LocalDateTime end) {

}
