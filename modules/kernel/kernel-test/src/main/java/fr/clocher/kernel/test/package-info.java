/**
 * The one test configuration for PostgreSQL that every module uses. The server is, in
 * order: a Testcontainers container when Docker runs; the server named by
 * {@code CLOCHER_TEST_DB_URL}; the local server on 127.0.0.1:5432; an embedded one. Each
 * Spring test context gets its own database and roles, dropped when the JVM ends, so
 * parallel runs and reruns never collide.
 */
package fr.clocher.kernel.test;
