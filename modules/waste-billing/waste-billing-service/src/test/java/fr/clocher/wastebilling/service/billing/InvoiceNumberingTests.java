package fr.clocher.wastebilling.service.billing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.service.TariffTests;
import fr.clocher.wastebilling.service.WasteBillingTest;
import fr.clocher.wastebilling.service.WasteBillingTestCase;
import fr.clocher.wastebilling.service.WasteRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invoice numbers follow each other without a gap per tenant and year: when two runs are
 * issued at the same moment, and when an issue fails half-way (nothing of it stays).
 */
@WasteBillingTest
class InvoiceNumberingTests extends WasteBillingTestCase {

	private static final int PAYERS = 25;

	@Autowired
	BillingRuns runs;

	@Autowired
	TenantWork work;

	UUID firstHalf;

	UUID secondHalf;

	@BeforeEach
	void twoValidatedHalfYearsOf25Payers() throws Exception {
		WasteRequests api = this.api;
		api.put("/tariffs/{y}", TariffTests.GRID_2026, 2026).andExpect(status().isOk());
		for (int i = 0; i < PAYERS; i++) {
			api.household("N-%03d".formatted(i), 1 + i % 4, "2025-06-01", null);
		}
		this.firstHalf = validated(api, 1);
		this.secondHalf = validated(api, 2);
	}

	@Test
	void twoRunsIssuedAtTheSameMomentShareOneSequenceWithoutGaps() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<BillingRun>> issued = List.of(this.firstHalf, this.secondHalf)
				.stream()
				.map((run) -> threads.submit(() -> {
					start.await();
					return this.work.inTenant(this.cc.id(), () -> this.runs.issue(run));
				}))
				.toList();
			start.countDown();
			for (Future<BillingRun> run : issued) {
				assertThat(run.get(60, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.ISSUED);
			}
		}
		finally {
			threads.shutdownNow();
		}
		List<Integer> first = numbers(this.firstHalf);
		List<Integer> second = numbers(this.secondHalf);
		assertThat(first).hasSize(PAYERS);
		assertThat(second).hasSize(PAYERS);
		assertThat(first.stream().sorted().toList())
			.isEqualTo(IntStream.rangeClosed(first.get(0), first.get(0) + PAYERS - 1).boxed().toList());
		assertThat(IntStream
			.concat(first.stream().mapToInt(Integer::intValue), second.stream().mapToInt(Integer::intValue))
			.sorted()
			.boxed()
			.toList()).isEqualTo(IntStream.rangeClosed(1, 2 * PAYERS).boxed().toList());
		assertThat(lastNumber()).isEqualTo(2 * PAYERS);
	}

	@Test
	void anIssueInterruptedAfterNumberingLeavesNoNumberAndTheNextIssueStartsAtOne() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.work.inTenant(this.cc.id(), () -> this.runs.issue(this.firstHalf, () -> {
				throw new IllegalStateException("Panne au milieu de l'émission");
			})));
		assertThat(numbers(this.firstHalf)).isEmpty();
		assertThat(this.work.inTenant(this.cc.id(), () -> this.runs.get(this.firstHalf)).status())
			.isEqualTo(RunStatus.VALIDATED);
		assertThat(lastNumber()).isNull();

		this.work.inTenant(this.cc.id(), () -> this.runs.issue(this.secondHalf));
		this.work.inTenant(this.cc.id(), () -> this.runs.issue(this.firstHalf));
		assertThat(numbers(this.secondHalf)).isEqualTo(IntStream.rangeClosed(1, PAYERS).boxed().toList());
		assertThat(numbers(this.firstHalf)).isEqualTo(IntStream.rangeClosed(PAYERS + 1, 2 * PAYERS).boxed().toList());
	}

	private UUID validated(WasteRequests api, int half) throws Exception {
		UUID run = UUID.fromString(JsonPath.read(api.post("/billing-runs", "{\"year\":2026,\"half\":" + half + "}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id"));
		api.post("/billing-runs/{id}/compute", null, run).andExpect(status().isOk());
		api.post("/billing-runs/{id}/validate", null, run).andExpect(status().isOk());
		return run;
	}

	/** The sequence numbers of a run's invoices, by payer reference. */
	private List<Integer> numbers(UUID run) {
		return this.work.inTenant(this.cc.id(), () -> this.jdbc.sql("""
				select i.number_seq from waste_invoice i join waste_payer p on p.tenant_id = i.tenant_id
				    and p.id = i.payer_id where i.run_id = ? and i.number is not null order by p.reference
				""").param(run).query(Integer.class).list());
	}

	private Integer lastNumber() {
		return this.work.inTenant(this.cc.id(),
				() -> this.jdbc.sql("select last_number from waste_invoice_counter")
					.query(Integer.class)
					.optional()
					.orElse(null));
	}

}
