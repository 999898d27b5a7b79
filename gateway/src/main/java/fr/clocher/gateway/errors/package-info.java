/**
 * The gateway's own error answers: a small, accessible French page (with an English line)
 * or an RFC 9457 problem document for API clients, chosen by {@code Accept}, both naming
 * the request's id. Refusals (400, 404, 413, 429) are logged at INFO with that id. A
 * backend that cannot be reached gives 503 with {@code Retry-After}, never a stack trace;
 * pages a backend renders itself (such as tenant-service's 404 for an unknown commune)
 * pass through untouched.
 */
package fr.clocher.gateway.errors;
