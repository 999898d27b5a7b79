package fr.clocher.wastebilling.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The waste billing module's configuration ({@code clocher.waste-billing}), its defaults
 * here and only here; each is overridden from the environment by its name in capitals
 * ({@code CLOCHER_WASTE_BILLING_OUTLIER_GRAMS_PER_LITRE}...).
 *
 * @param outlierGramsPerLitre a lift heavier than this per litre of the bin is flagged as
 * a weight outlier (500 g/L: household waste weighs 100 to 200)
 * @param maxErrorsListed the bad lines a refused lift file lists (all are counted)
 * @param bulkWorkMem PostgreSQL's {@code work_mem} for the transaction of an import or a
 * billing run (set local): their sorts and groupings of millions of rows stay in memory
 * @param jobThreads the imports and computations run at once in the background (others
 * wait their turn)
 * @param jobHeartbeat how often a running job says it is alive; a job silent for six of
 * these was cut short (tenant-service stopped under it) and is shown as failed
 */
@ConfigurationProperties("clocher.waste-billing")
public record WasteBillingProperties(@DefaultValue("500") int outlierGramsPerLitre,
		@DefaultValue("100") int maxErrorsListed, @DefaultValue("256MB") DataSize bulkWorkMem,
		@DefaultValue("2") int jobThreads, @DefaultValue("10s") Duration jobHeartbeat) {

}
