/**
 * The collection vehicles' lift files: read as a stream and checked line by line (Commons
 * CSV), copied with {@code COPY} into a temporary table of the transaction (PostgreSQL
 * refuses {@code COPY FROM} into a table under row-level security), then moved into the
 * lifts by one set-based statement under the tenant's policy, which never counts a lift
 * twice and keeps every anomaly for the report; {@code LiftImportsApi} served by
 * {@code LiftImportsController}.
 */
package fr.clocher.wastebilling.service.lifts;
