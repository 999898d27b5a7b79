package fr.clocher.announcements.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.clocher.announcements.service.schedule.PublicationSweep;
import fr.clocher.announcements.service.subscriptions.MailOutbox;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * At the scale of tens of thousands of tenants, the publication sweep and the mail worker
 * visit only the tenants with work due, not every tenant each turn: among many tenants
 * with the module on (some with published news and drafts, nothing due), a turn enters
 * those with a publication, an alert's end or mail due, and no other; once done, a tenant
 * is not entered again until its next work falls due. Observed by the tenants the workers
 * enter (every tenant's work goes through {@link TenantWork}), never by timing.
 */
@AnnouncementsTest
@Import(AnnouncementsDueWorkTests.Visits.class)
class AnnouncementsDueWorkTests {

	private static final int SMTP_PORT = Communes.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	Communes communes;

	@Autowired
	PublicationSweep sweep;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingWork visits;

	@Autowired
	JdbcClient jdbc;

	List<Commune> idle = new ArrayList<>();

	Set<UUID> mine = new HashSet<>();

	@BeforeEach
	void manyTenantsWithNothingDue() throws Exception {
		for (int i = 0; i < 60; i++) {
			Commune commune = this.communes.commune();
			if (i % 6 == 0) {
				this.communes.published(commune, "/news", "{\"title\":\"Déjà publiée\"}");
				this.communes.create(commune, "/news", "{\"title\":\"Brouillon\"}");
			}
			this.idle.add(commune);
		}
		// What earlier turns left due (the first turn after the migration visits every
		// tenant once) is done before the test looks.
		this.sweep.sweep();
		this.outbox.deliver();
		this.idle.forEach((commune) -> this.mine.add(commune.id()));
	}

	@Test
	void theSweepEntersOnlyTheTenantsWithAPublicationOrAnAlertEndDue() throws Exception {
		Instant now = this.clock.instant();
		Commune scheduled = tracked(this.communes.commune());
		String news = this.communes.create(scheduled, "/news", "{\"title\":\"Vœux du maire\"}");
		this.communes.send(scheduled, "/news/{id}/publish", "{\"at\":\"" + now.plus(Duration.ofHours(1)) + "\"}", news)
			.andExpect(status().isOk());
		Commune alerting = tracked(this.communes.commune());
		this.communes.published(alerting, "/alerts",
				"{\"what\":\"Coupure d'eau\",\"until\":\"" + now.plus(Duration.ofHours(2)) + "\"}");
		Commune later = tracked(this.communes.commune());
		String far = this.communes.create(later, "/news", "{\"title\":\"Plus tard\"}");
		this.communes.send(later, "/news/{id}/publish", "{\"at\":\"" + now.plus(Duration.ofDays(3)) + "\"}", far)
			.andExpect(status().isOk());

		assertThat(enteredBy(this.sweep::sweep)).as("nothing due yet").isEmpty();

		this.clock.advance(Duration.ofMinutes(61));
		assertThat(enteredBy(this.sweep::sweep)).containsExactly(scheduled.id());
		this.communes.site(scheduled, "/actualites/" + news).andExpect(status().isOk());

		this.clock.advance(Duration.ofMinutes(60));
		assertThat(enteredBy(this.sweep::sweep)).containsExactly(alerting.id());
		this.communes.site(alerting, "/alertes").andExpect(content().string(not(containsString("Coupure d"))));

		assertThat(enteredBy(this.sweep::sweep)).as("done, not entered again").isEmpty();
		assertThat(marks("SWEEP")).as("only the publication to come is left, as a tenant and a moment")
			.containsExactly(later.id());
	}

	@Test
	void theMailWorkerEntersOnlyTheTenantsWithMailDue() throws Exception {
		Commune mailing = tracked(this.communes.commune());
		this.communes.subscriber(mailing, "habitant@example.org", "BOTH", true);
		Commune quiet = tracked(this.communes.commune());
		this.communes.subscriber(quiet, "voisin@example.org", "BOTH", true);
		this.communes.published(mailing, "/news", "{\"title\":\"Marché de Noël\"}");

		assertThat(enteredBy(this.outbox::deliver)).containsExactly(mailing.id());
		assertThat(smtp.getReceivedMessagesForDomain("habitant@example.org")).hasSize(1);
		assertThat(enteredBy(this.outbox::deliver)).as("sent, not entered again").isEmpty();
		assertThat(marks("MAIL")).doesNotContain(mailing.id(), quiet.id());
	}

	private Commune tracked(Commune commune) {
		this.mine.add(commune.id());
		return commune;
	}

	/** The tenants of this test that a run of the worker entered, in order. */
	private List<UUID> enteredBy(Supplier<Integer> run) {
		this.visits.entered.clear();
		run.get();
		return this.visits.entered.stream().filter(this.mine::contains).distinct().toList();
	}

	private List<UUID> marks(String work) {
		return this.jdbc.sql("select tenant_id from announcement_due where work = ?")
			.param(work)
			.query(UUID.class)
			.list()
			.stream()
			.filter(this.mine::contains)
			.toList();
	}

	/** The application's tenant work, noting every tenant it enters. */
	static class RecordingWork extends TenantWork {

		final List<UUID> entered = Collections.synchronizedList(new ArrayList<>());

		RecordingWork(PlatformTransactionManager transactions, TenantDirectory directory) {
			super(transactions, directory);
		}

		@Override
		public <T> T inTenant(UUID tenant, Supplier<T> work) {
			this.entered.add(tenant);
			return super.inTenant(tenant, work);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Visits {

		@Bean
		@Primary
		RecordingWork recordingWork(PlatformTransactionManager transactions, TenantDirectory directory) {
			return new RecordingWork(transactions, directory);
		}

	}

}
