/**
 * The waste billing benchmark: a seeded intercommunality of 100,000 payers and a lift
 * file of 2.6 M lines, then, in one run, the module's lift import against a raw
 * {@code COPY} of the same lifts into a table of {@code waste_lift}'s definition, its
 * billing run against one hand-written set-based SQL statement computing the same totals,
 * and the payer search's latency.
 */
package fr.clocher.bench.wastebilling;
