package fr.clocher.wastebilling.api;

/**
 * One reason a background job failed: for a lift file, the line and the column.
 *
 * @param line the file's line (1 is the header), null when the error is not a line's
 * @param field the column as the file names it, or the refused field, null for the whole
 * line
 * @param reason why, in the reader's language
 */
public record JobError(Long line, String field, String reason) {

}
