/**
 * Errors as RFC 9457 problem details that name the field and the reason, in the reader's
 * language (French unless English is asked for), never a stack trace; each carries the
 * request id the gateway sent ({@code requestId}), and each refusal is logged with it.
 */
package fr.clocher.kernel.problem;
