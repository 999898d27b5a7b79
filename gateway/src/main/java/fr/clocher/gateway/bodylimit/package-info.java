/**
 * Request body limits per kind of path ({@code clocher.gateway.body-limit}): a declared
 * {@code Content-Length} past the limit is refused with 413 before any backend is
 * contacted; a body without one (chunked) is counted while it streams to the backend and
 * cut with 413, or the connection closed, once it passes the limit. Nothing is buffered.
 */
package fr.clocher.gateway.bodylimit;
