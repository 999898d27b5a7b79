package fr.clocher.announcements.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.clocher.announcements.service.schedule.PublicationSweep;
import fr.clocher.announcements.service.subscriptions.MailOutbox;
import fr.clocher.kernel.tenancy.TenantWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static fr.clocher.announcements.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residents subscribe by e-mail on the commune's site (double opt-in by a signed link),
 * receive each publication once through the outbox (with two workers, and after the mail
 * server failed), unsubscribe in one click (RFC 8058) and their address is gone; forged
 * links and malformed addresses are refused; a commune's subscribers never receive
 * another commune's mail. A real SMTP server: GreenMail.
 */
@AnnouncementsTest
class AnnouncementsSubscriptionTests {

	private static final int SMTP_PORT = Communes.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern
		.compile("http://[^\\s]+/abonnement/(confirmer|desabonner)\\?jeton=([\\w.-]+)");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		// Small batches, so that a run's several batches are seen with a few subscribers.
		registry.add("clocher.announcements.mail.batch", () -> 2);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Communes communes;

	@Autowired
	MailOutbox outbox;

	@Autowired
	PublicationSweep sweep;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	Commune commune;

	@BeforeEach
	void aCommune() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.commune = this.communes.commune();
	}

	@Test
	void aConfirmedSubscriberGetsEachPublicationOnceAndUnsubscribesInOneClick() throws Exception {
		String email = "jeanne." + this.commune.slug() + "@example.org";
		subscribe(this.commune, email).andExpect(status().isOk())
			.andExpect(content().string(containsString("Vérifiez votre messagerie")));
		Matcher confirm = link(lastMailTo(email));
		assertThat(confirm.group(1)).isEqualTo("confirmer");
		this.communes.site(this.commune, "/abonnement/confirmer?jeton=" + confirm.group(2))
			.andExpect(content().string(containsString("Confirmer mon abonnement")));
		post(this.commune, "/abonnement/confirmer", "jeton=" + confirm.group(2)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Abonnement confirmé")));

		this.communes.published(this.commune, "/news", "{\"title\":\"Fête de la musique\"}");
		counts(this.commune).andExpect(jsonPath("$.subscribers").value(1))
			.andExpect(jsonPath("$.mailPending").value(1));
		List<CompletableFuture<Integer>> workers = List.of(CompletableFuture.supplyAsync(this.outbox::deliver),
				CompletableFuture.supplyAsync(this.outbox::deliver));
		workers.forEach(CompletableFuture::join);
		this.outbox.deliver();
		List<MimeMessage> received = mailsTo(email);
		assertThat(received).hasSize(2);
		MimeMessage news = received.get(1);
		assertThat(news.getSubject()).isEqualTo("[" + this.commune.slug() + "] Fête de la musique");
		assertThat(news.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String unsubscribe = news.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
		assertThat(text(news)).contains(unsubscribe);
		counts(this.commune).andExpect(jsonPath("$.mailPending").value(0)).andExpect(jsonPath("$.mailSent").value(1));

		Matcher oneClick = LINK.matcher(unsubscribe);
		assertThat(oneClick.find()).isTrue();
		post(this.commune, "/abonnement/desabonner?jeton=" + oneClick.group(2), "List-Unsubscribe=One-Click")
			.andExpect(status().isOk());
		counts(this.commune).andExpect(jsonPath("$.subscribers").value(0)).andExpect(jsonPath("$.mailSent").value(0));
		assertThat(this.work.inTenant(this.commune.id(),
				() -> this.jdbc.sql("select count(*) from announcement_subscriber where email = ?")
					.param(email)
					.query(Integer.class)
					.single()))
			.as("the address is gone")
			.isZero();
		post(this.commune, "/abonnement/desabonner?jeton=" + oneClick.group(2), "List-Unsubscribe=One-Click")
			.andExpect(status().isOk());
	}

	@Test
	void oneRunSendsTheWholeBacklogOfACommuneBatchAfterBatch() throws Exception {
		List<String> subscribers = List.of("a", "b", "c", "d", "e")
			.stream()
			.map((name) -> name + "." + this.commune.slug() + "@example.org")
			.toList();
		for (String email : subscribers) {
			confirmedSubscriber(this.commune, email);
		}
		this.communes.published(this.commune, "/news", "{\"title\":\"Marché de Noël\"}");

		assertThat(this.outbox.deliver()).isEqualTo(5);
		for (String email : subscribers) {
			assertThat(mailsTo(email)).as(email).hasSize(2);
		}
		counts(this.commune).andExpect(jsonPath("$.mailPending").value(0));
	}

	@Test
	void aFailingMailServerDelaysMailAndLosesNone() throws Exception {
		String email = "paul." + this.commune.slug() + "@example.org";
		confirmedSubscriber(this.commune, email);
		smtp.stop();
		try {
			String alert = this.communes.published(this.commune, "/alerts",
					"{\"what\":\"Orage\",\"until\":\"" + this.clock.instant().plus(Duration.ofHours(3)) + "\"}");
			assertThat(this.outbox.deliver()).isZero();
			counts(this.commune).andExpect(jsonPath("$.mailPending").value(1));
			this.mvc
				.perform(get(api("/subscriptions/deliveries/{id}"), this.commune.slug(), alert)
					.with(this.commune.secretary()))
				.andExpect(jsonPath("$.pending").value(1))
				.andExpect(jsonPath("$.retrying").value(1));
		}
		finally {
			smtp.start();
		}
		this.clock.advance(Duration.ofMinutes(2));
		this.outbox.deliver();
		assertThat(mailsTo(email)).extracting(MimeMessage::getSubject)
			.contains("[" + this.commune.slug() + "] Alerte : Orage");
		counts(this.commune).andExpect(jsonPath("$.mailPending").value(0));
	}

	@Test
	void malformedAddressesAndForgedOrForeignLinksAreRefused() throws Exception {
		subscribe(this.commune, "pas-une-adresse").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Adresse e-mail : saisissez une adresse complète")));
		counts(this.commune).andExpect(jsonPath("$.awaitingConfirmation").value(0));
		post(this.commune, "/abonnement/confirmer", "jeton=Zm9yZ2Vk.c2lnbmF0dXJl").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Lien invalide")));

		String email = "marie." + this.commune.slug() + "@example.org";
		subscribe(this.commune, email).andExpect(status().isOk());
		Matcher confirm = link(lastMailTo(email));
		Commune other = this.communes.commune();
		post(other, "/abonnement/confirmer", "jeton=" + confirm.group(2)).andExpect(status().isBadRequest());
		String tampered = confirm.group(2).substring(0, confirm.group(2).length() - 2) + "xx";
		post(this.commune, "/abonnement/confirmer", "jeton=" + tampered).andExpect(status().isBadRequest());
		counts(this.commune).andExpect(jsonPath("$.subscribers").value(0));
	}

	@Test
	void aCommunesSubscribersNeverReceiveAnotherCommunesMail() throws Exception {
		Commune other = this.communes.commune();
		String mine = "ici." + this.commune.slug() + "@example.org";
		String theirs = "ailleurs." + other.slug() + "@example.org";
		confirmedSubscriber(this.commune, mine);
		confirmedSubscriber(other, theirs);
		this.communes.published(this.commune, "/news", "{\"title\":\"Seulement chez nous\"}");
		this.outbox.deliver();
		assertThat(mailsTo(mine)).extracting(MimeMessage::getSubject)
			.anyMatch((s) -> s.contains("Seulement chez nous"));
		assertThat(mailsTo(theirs)).extracting(MimeMessage::getSubject)
			.noneMatch((s) -> s.contains("Seulement chez nous"));
	}

	@Test
	void anIntercommunalitysPublicationReachesItsMembersSubscribersOnly() throws Exception {
		Commune outsider = this.communes.commune();
		Commune group = this.communes.group(this.commune);
		String member = "membre." + this.commune.slug() + "@example.org";
		String other = "autre." + outsider.slug() + "@example.org";
		confirmedSubscriber(this.commune, member);
		confirmedSubscriber(outsider, other);
		this.communes.published(group, "/alerts",
				"{\"what\":\"Eau non potable\",\"until\":\"" + this.clock.instant().plus(Duration.ofHours(6)) + "\"}");
		String scheduled = this.communes.create(group, "/news", "{\"title\":\"Collecte des sapins\"}");
		this.communes
			.send(group, "/news/{id}/publish", "{\"at\":\"" + this.clock.instant().plus(Duration.ofHours(1)) + "\"}",
					scheduled)
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(61));
		this.sweep.sweep();
		this.outbox.deliver();
		this.outbox.deliver();
		assertThat(mailsTo(member)).extracting(MimeMessage::getSubject)
			.containsOnlyOnce("[" + this.commune.slug() + "] Alerte : Eau non potable",
					"[" + this.commune.slug() + "] Collecte des sapins");
		assertThat(mailsTo(other)).extracting(MimeMessage::getSubject)
			.noneMatch((subject) -> subject.contains("Eau non potable") || subject.contains("sapins"));
	}

	private void confirmedSubscriber(Commune commune, String email) throws Exception {
		subscribe(commune, email).andExpect(status().isOk());
		post(commune, "/abonnement/confirmer", "jeton=" + link(lastMailTo(email)).group(2)).andExpect(status().isOk());
	}

	private ResultActions subscribe(Commune commune, String email) throws Exception {
		return post(commune, "/abonnement", "email=" + email + "&actualites=oui&alertes=oui");
	}

	private ResultActions post(Commune commune, String path, String form) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("http://" + commune.slug() + ".clocher.test" + path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(form));
	}

	private ResultActions counts(Commune commune) throws Exception {
		return this.mvc.perform(get(api("/subscriptions"), commune.slug()).with(commune.secretary()));
	}

	private static List<MimeMessage> mailsTo(String email) throws Exception {
		return List.of(smtp.getReceivedMessagesForDomain(email));
	}

	private static MimeMessage lastMailTo(String email) throws Exception {
		List<MimeMessage> mails = mailsTo(email);
		assertThat(mails).isNotEmpty();
		return mails.get(mails.size() - 1);
	}

	private static Matcher link(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher(text(mail));
		assertThat(link.find()).as("a link in the mail").isTrue();
		return link;
	}

	/** The text part of a mail, decoded. */
	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

}
