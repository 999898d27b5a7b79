/**
 * The development launcher behind {@code infra/run}: the whole platform on one machine
 * with nothing but a JDK. PostgreSQL (the local server, else an embedded one keeping its
 * data in {@code .clocher/postgres}), a mail catcher, Keycloak from its distribution, the
 * three services as child processes, and a demo seed from real data. Ctrl-C stops
 * everything it started.
 */
package fr.clocher.launcher;
