package fr.clocher.gateway.edgecache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the edge cache did with the requests it could answer, counted in
 * {@code clocher.gateway.edge-cache.requests} by {@code outcome}: {@code hit} (served
 * from memory), {@code revalidated} (tenant-service said 304, the kept answer served),
 * {@code stored} (a new answer kept and served), {@code passed} (an answer that may not
 * be kept, or a {@code HEAD} not kept yet). The hit rate is hits over all four.
 */
final class EdgeOutcomes {

	static final String METER = "clocher.gateway.edge-cache.requests";

	private final Counter hit;

	private final Counter revalidated;

	private final Counter stored;

	private final Counter passed;

	EdgeOutcomes(MeterRegistry meters) {
		this.hit = counter(meters, "hit");
		this.revalidated = counter(meters, "revalidated");
		this.stored = counter(meters, "stored");
		this.passed = counter(meters, "passed");
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder(METER)
			.description("Public requests the edge cache could answer, by what it did")
			.tag("outcome", outcome)
			.register(meters);
	}

	void hit() {
		this.hit.increment();
	}

	void revalidated() {
		this.revalidated.increment();
	}

	void stored() {
		this.stored.increment();
	}

	void passed() {
		this.passed.increment();
	}

}
