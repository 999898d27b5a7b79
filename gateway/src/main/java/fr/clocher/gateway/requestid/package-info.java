/**
 * The request id: every request gets an {@code X-Request-Id} of the gateway's making (one
 * a client sent is replaced, never trusted), sent to the backend that serves it and back
 * in the answer, so that a refusal, an error page or a log line can be matched with the
 * request it belongs to.
 */
package fr.clocher.gateway.requestid;
