package fr.clocher.directory.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import fr.clocher.directory.service.reminders.ReminderSweep;
import fr.clocher.directory.service.submissions.RateLimit;
import fr.clocher.kernel.tenancy.TenantWork;
import jakarta.mail.internet.MimeMessage;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fr.clocher.directory.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A resident proposes an entry from the site without an account: the proof of work solved
 * as the browser solves it, the address confirmed by the mailed link, the secretary
 * approves (or rejects with a reason) and the submitter is told; the entry is then found
 * by a search with a missing accent and a typo. Floods, robots, replayed proofs and
 * malformed fields are refused, nothing kept.
 */
@DirectoryTest
class DirectoryProposalTests {

	private static final Pattern LINK = Pattern.compile("(http\\S+/annuaire/proposer/confirmer\\?jeton=)(\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Communes communes;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	@Autowired
	RateLimit limit;

	@Autowired
	ReminderSweep sweep;

	Commune commune;

	String shops;

	@BeforeEach
	void aCommune() throws Exception {
		this.smtp.purgeEmailFromAllMailboxes();
		this.commune = this.communes.commune();
		this.shops = this.communes.category(this.commune, "commerces");
	}

	@Test
	void aProposalConfirmedApprovedAndFoundWithATypo() throws Exception {
		this.communes.site(this.commune, "/annuaire/proposer")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"f-nom\">")));
		String base = "/c/" + this.commune.slug();
		this.mvc.perform(get(base + "/annuaire/proposer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"" + base + "/annuaire/proposer\"")))
			.andExpect(content().string(containsString("data-challenge=\"" + base + "/annuaire/proposer/defi\"")))
			.andExpect(content().string(containsString("src=\"" + base + "/annuaire/proposer/preuve.js\"")));
		propose("10.0.0.1", proof(),
				Map.of("nom", "Boulangerie Les Délices", "categorie", this.shops, "description",
						"Pains spéciaux et pâtisseries.", "votre_courriel", "habitante@exemple.fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vérifiez votre messagerie")));
		this.communes.read(this.commune, "/submissions").andExpect(jsonPath("$.length()").value(0));

		MimeMessage mail = this.smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("habitante@exemple.fr");
		Matcher link = LINK.matcher((String) mail.getContent());
		assertThat(link.find()).isTrue();
		String token = link.group(2);
		this.communes.site(this.commune, "/annuaire/proposer/confirmer", "jeton", token)
			.andExpect(content().string(containsString("Confirmer ma proposition")));
		site(post("/annuaire/proposer/confirmer").param("jeton", token)).andExpect(status().isOk());
		site(post("/annuaire/proposer/confirmer").param("jeton", token)).andExpect(status().isBadRequest());

		String body = this.communes.read(this.commune, "/submissions")
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].submitterEmail").value("habitante@exemple.fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$[0].id");
		this.communes.site(this.commune, "/annuaire/recherche.json", "q", "delices")
			.andExpect(jsonPath("$.results.length()").value(0));

		this.communes.send(this.commune, "/submissions/{id}/approve", "", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.communes.send(this.commune, "/submissions/{id}/approve", "", id).andExpect(status().isConflict());

		this.communes.site(this.commune, "/annuaire/recherche.json", "q", "boulengerie delices")
			.andExpect(jsonPath("$.results[0].name").value("Boulangerie Les Délices"));
		MimeMessage told = this.smtp.getReceivedMessages()[1];
		assertThat(told.getSubject()).contains("est publiée");
		assertThat(text(this.communes.site(this.commune, "/annuaire/donnees.json")))
			.doesNotContain("habitante@exemple.fr");
	}

	@Test
	void aRejectionNeedsAReasonAndTellsTheSubmitter() throws Exception {
		propose("10.0.0.2", proof(),
				Map.of("nom", "Vente de montres", "categorie", this.shops, "votre_courriel", "spam@exemple.fr"))
			.andExpect(status().isOk());
		Matcher link = LINK.matcher((String) this.smtp.getReceivedMessages()[0].getContent());
		assertThat(link.find()).isTrue();
		site(post("/annuaire/proposer/confirmer").param("jeton", link.group(2))).andExpect(status().isOk());
		String id = JsonPath.read(
				this.communes.read(this.commune, "/submissions").andReturn().getResponse().getContentAsString(),
				"$[0].id");
		this.communes.send(this.commune, "/submissions/{id}/reject", "{\"reason\":\" \"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
		this.communes.send(this.commune, "/submissions/{id}/reject", "{\"reason\":\"Hors de la commune.\"}", id)
			.andExpect(jsonPath("$.status").value("REJECTED"));
		MimeMessage told = this.smtp.getReceivedMessages()[1];
		assertThat(told.getSubject()).contains("n'a pas été retenue");
		assertThat((String) told.getContent()).contains("Hors de la commune.");
		this.communes.read(this.commune, "/entries").andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void malformedFieldsAreNamedOnTheFormAndNothingIsKept() throws Exception {
		propose("10.0.0.3", proof(),
				Map.of("nom", "<a href=x>Spam</a>", "categorie", this.shops, "telephone", "12", "courriel",
						"pas-un-courriel", "site", "ftp://exemple.fr", "siret", "12345678901234", "votre_courriel",
						"moi@"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#f-nom\"")))
			.andExpect(content().string(containsString("href=\"#f-telephone\"")))
			.andExpect(content().string(containsString("href=\"#f-courriel\"")))
			.andExpect(content().string(containsString("href=\"#f-site\"")))
			.andExpect(content().string(containsString("href=\"#f-siret\"")))
			.andExpect(content().string(containsString("href=\"#f-votre_courriel\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
		this.communes.read(this.commune, "/submissions").andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aMissingOrReplayedProofARobotAndAFloodAreRefused() throws Exception {
		Map<String, String> fields = Map.of("nom", "Garage", "categorie", this.shops, "votre_courriel",
				"garage@exemple.fr");
		propose("10.0.0.4", "", fields).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("anti-robot")));
		String proof = proof();
		propose("10.0.0.4", proof, fields).andExpect(status().isOk());
		propose("10.0.0.4", proof, fields).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("anti-robot")));
		propose("10.0.0.5", proof(), Map.of("nom", "Robot", "categorie", this.shops, "votre_courriel",
				"robot@exemple.fr", "url_page", "http://spam.example"))
			.andExpect(status().isOk());
		assertThat(this.smtp.getReceivedMessages()).hasSize(1);
		for (int i = 0; i < 2; i++) {
			propose("10.0.0.4", "", fields).andExpect(status().isBadRequest());
		}
		propose("10.0.0.4", proof(), fields).andExpect(status().isTooManyRequests());
		propose("10.0.0.6", proof(), fields).andExpect(status().isOk());
	}

	@Test
	void aCorrectionOfAPublishedEntryShowsItsDifferencesAndKeepsWhatTheFormDoesNotShow() throws Exception {
		String pharmacy = this.communes.create(this.commune,
				"{\"name\":\"Pharmacie du Marché\",\"categoryId\":\"" + this.communes.category(this.commune, "sante")
						+ "\",\"phone\":\"04 92 00 00 00\"," + "\"latitude\":43.6,\"longitude\":1.44,"
						+ "\"openingHours\":[{\"day\":\"MONDAY\",\"opens\":\"09:00\",\"closes\":\"12:00\"}]}");
		this.communes.send(this.commune, "/entries/{id}/publish", "", pharmacy).andExpect(status().isOk());
		this.communes.site(this.commune, "/annuaire/" + pharmacy)
			.andExpect(content().string(containsString("/annuaire/proposer?fiche=" + pharmacy)));
		this.communes.site(this.commune, "/annuaire/proposer", "fiche", pharmacy)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Proposer une correction")))
			.andExpect(content().string(containsString("value=\"Pharmacie du Marché\"")))
			.andExpect(content().string(containsString("value=\"04 92 00 00 00\"")))
			.andExpect(content().string(containsString("name=\"fiche\" value=\"" + pharmacy + "\"")));

		propose("10.0.1.1", proof(),
				Map.of("fiche", pharmacy, "nom", "Pharmacie du Marché", "categorie",
						this.communes.category(this.commune, "sante"), "telephone", "04 92 00 00 09", "votre_courriel",
						"voisine@exemple.fr"))
			.andExpect(status().isOk());
		Matcher link = LINK.matcher((String) this.smtp.getReceivedMessages()[0].getContent());
		assertThat(link.find()).isTrue();
		site(post("/annuaire/proposer/confirmer").param("jeton", link.group(2))).andExpect(status().isOk());
		String body = this.communes.read(this.commune, "/submissions")
			.andExpect(jsonPath("$[0].entryId").value(pharmacy))
			.andExpect(jsonPath("$[0].proposed.phone").value("04 92 00 00 09"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.communes.read(this.commune, "/entries/{id}", pharmacy)
			.andExpect(jsonPath("$.phone").value("04 92 00 00 00"));

		this.communes.send(this.commune, "/submissions/{id}/approve", "", (String) JsonPath.read(body, "$[0].id"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(pharmacy));
		this.communes.read(this.commune, "/entries/{id}", pharmacy)
			.andExpect(jsonPath("$.phone").value("04 92 00 00 09"))
			.andExpect(jsonPath("$.latitude").value(43.6))
			.andExpect(jsonPath("$.openingHours[0].opens").value("09:00"));
		this.communes.read(this.commune, "/entries").andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void aCorrectionChangesOrClearsThePositionAndHoursAndWhatCannotBeReadIsNamed() throws Exception {
		String bakery = this.communes.create(this.commune,
				"{\"name\":\"Boulangerie du Pont\",\"categoryId\":\"" + this.shops + "\","
						+ "\"latitude\":43.6,\"longitude\":1.44,"
						+ "\"openingHours\":[{\"day\":\"MONDAY\",\"opens\":\"07:00\",\"closes\":\"13:00\"}]}");
		this.communes.send(this.commune, "/entries/{id}/publish", "", bakery).andExpect(status().isOk());
		this.communes.site(this.commune, "/annuaire/proposer", "fiche", bakery)
			.andExpect(content()
				.string(containsString("name=\"latitude\" inputmode=\"decimal\" maxlength=\"14\" value=\"43.6\"")))
			.andExpect(content().string(containsString("value=\"1.44\"")))
			.andExpect(content().string(containsString(">lundi 07:00-13:00</textarea>")));

		propose("10.0.2.1", proof(),
				Map.of("fiche", bakery, "nom", "Boulangerie du Pont", "categorie", this.shops, "latitude", "43°36'",
						"longitude", "1.44", "horaires", "lundi matin\nmardi 14:00-12:00", "votre_courriel",
						"voisin@exemple.fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#f-latitude\">Latitude : Nombre décimal attendu")))
			.andExpect(content().string(containsString("href=\"#f-horaires\">Horaires : Créneau 1")));
		propose("10.0.2.2", proof(),
				Map.of("fiche", bakery, "nom", "Boulangerie du Pont", "categorie", this.shops, "latitude", "95",
						"longitude", "", "horaires", "mardi 14:00-12:00", "votre_courriel", "voisin@exemple.fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#f-latitude\">Latitude : Latitude entre -90 et 90")))
			.andExpect(content().string(containsString("href=\"#f-horaires\">Horaires : créneau 1 : L&#39;heure")));
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
		assertThat(this.communes.count(this.commune, "directory_submission")).isZero();

		approveCorrection("10.0.2.3",
				Map.of("fiche", bakery, "nom", "Boulangerie du Pont", "categorie", this.shops, "latitude", "43,6125",
						"longitude", "1,4452", "horaires", "Samedi 8h-12h30\nmardi 07:00-13:00", "votre_courriel",
						"voisin@exemple.fr"),
				0);
		this.communes.read(this.commune, "/entries/{id}", bakery)
			.andExpect(jsonPath("$.latitude").value(43.6125))
			.andExpect(jsonPath("$.longitude").value(1.4452))
			.andExpect(jsonPath("$.openingHours.length()").value(2))
			.andExpect(jsonPath("$.openingHours[0].day").value("TUESDAY"))
			.andExpect(jsonPath("$.openingHours[1].day").value("SATURDAY"))
			.andExpect(jsonPath("$.openingHours[1].opens").value("08:00"))
			.andExpect(jsonPath("$.openingHours[1].closes").value("12:30"));

		approveCorrection("10.0.2.4", Map.of("fiche", bakery, "nom", "Boulangerie du Pont", "categorie", this.shops,
				"latitude", "", "longitude", " ", "horaires", "", "votre_courriel", "voisin@exemple.fr"), 2);
		this.communes.read(this.commune, "/entries/{id}", bakery)
			.andExpect(jsonPath("$.latitude").value(nullValue()))
			.andExpect(jsonPath("$.openingHours.length()").value(0));
	}

	/**
	 * Proposes a correction, confirms it by its mail (the n-th received), approves it.
	 */
	private void approveCorrection(String address, Map<String, String> fields, int mail) throws Exception {
		propose(address, proof(), fields).andExpect(status().isOk());
		Matcher link = LINK.matcher((String) this.smtp.getReceivedMessages()[mail].getContent());
		assertThat(link.find()).isTrue();
		site(post("/annuaire/proposer/confirmer").param("jeton", link.group(2))).andExpect(status().isOk());
		String pending = this.communes.read(this.commune, "/submissions")
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.communes.send(this.commune, "/submissions/{id}/approve", "", (String) JsonPath.read(pending, "$[0].id"))
			.andExpect(status().isOk());
	}

	@Test
	void aCorrectionIsOnlyOfThisCommunesPublishedEntries() throws Exception {
		Commune other = this.communes.commune();
		String elsewhere = this.communes.published(other, "commerces", "Boulangerie d'ailleurs", "Pain.");
		String draft = this.communes.create(this.commune,
				Communes.json(Map.of("name", "Boulangerie en projet", "categoryId", this.shops)));
		this.communes.site(this.commune, "/annuaire/proposer", "fiche", elsewhere).andExpect(status().isNotFound());
		this.communes.site(this.commune, "/annuaire/proposer", "fiche", draft).andExpect(status().isNotFound());
		for (String entry : new String[] { elsewhere, draft, "pas-un-identifiant" }) {
			propose("10.0.1.2", proof(),
					Map.of("fiche", entry, "nom", "Boulangerie", "categorie", this.shops, "votre_courriel",
							"voisin@exemple.fr"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Fiche à corriger : Cette fiche n&#39;est plus publiée")));
		}
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
		assertThat(this.communes.count(this.commune, "directory_submission")).isZero();
	}

	@Test
	void anUnconfirmedProposalIsPurgedAfterSevenDaysAndItsLinkNoLongerWorks() throws Exception {
		propose("10.0.1.3", proof(),
				Map.of("nom", "Garage", "categorie", this.shops, "votre_courriel", "garage@exemple.fr"))
			.andExpect(status().isOk());
		propose("10.0.1.3", proof(),
				Map.of("nom", "Garage bis", "categorie", this.shops, "votre_courriel", "garage@exemple.fr"))
			.andExpect(status().isOk());
		Matcher old = LINK.matcher((String) this.smtp.getReceivedMessages()[0].getContent());
		assertThat(old.find()).isTrue();
		this.work.runInTenant(this.commune.id(),
				() -> this.jdbc
					.sql("update directory_submission set created_at = now() - interval '7 days 1 minute'"
							+ " where content ->> 'name' = 'Garage'")
					.update());

		this.communes.site(this.commune, "/annuaire/proposer/confirmer", "jeton", old.group(2))
			.andExpect(content().string(containsString("Lien invalide")));
		site(post("/annuaire/proposer/confirmer").param("jeton", old.group(2))).andExpect(status().isBadRequest());
		this.sweep.run();

		assertThat(this.communes.count(this.commune, "directory_submission")).isOne();
		Matcher recent = LINK.matcher((String) this.smtp.getReceivedMessages()[1].getContent());
		assertThat(recent.find()).isTrue();
		site(post("/annuaire/proposer/confirmer").param("jeton", recent.group(2))).andExpect(status().isOk());
	}

	@Test
	void theFloodLimitIsCountedInTheDatabaseForEveryInstance() throws Exception {
		// Another instance of the service: its own RateLimit, the same database.
		RateLimit other = new RateLimit(this.jdbc, Clock.systemUTC(), 5, Duration.ofHours(1));
		Map<String, String> fields = Map.of("nom", "Garage", "categorie", this.shops, "votre_courriel",
				"garage@exemple.fr");
		for (int i = 0; i < 3; i++) {
			propose("10.0.1.4", "", fields).andExpect(status().isBadRequest());
		}
		assertThat(this.work.inTenant(this.commune.id(), () -> other.allow("10.0.1.4"))).isTrue();
		assertThat(this.work.inTenant(this.commune.id(), () -> other.allow("10.0.1.4"))).isTrue();
		assertThat(this.work.inTenant(this.commune.id(), () -> other.allow("10.0.1.4"))).isFalse();
		propose("10.0.1.4", proof(), fields).andExpect(status().isTooManyRequests());
		propose("10.0.1.5", proof(), fields).andExpect(status().isOk());

		// Ten posts at once from one address, half on each instance: five pass.
		List<Callable<Boolean>> posts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			RateLimit instance = (i % 2 == 0) ? this.limit : other;
			posts.add(() -> this.work.inTenant(this.commune.id(), () -> instance.allow("10.0.1.6")));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			long passed = 0;
			for (Future<Boolean> post : pool.invokeAll(posts)) {
				passed += post.get() ? 1 : 0;
			}
			assertThat(passed).isEqualTo(5);
		}
		finally {
			pool.shutdown();
		}
		Commune second = this.communes.commune();
		assertThat(this.work.inTenant(second.id(), () -> other.allow("10.0.1.6"))).as("another commune's form")
			.isTrue();
		assertThat(this.communes.count(this.commune, "directory_proposal_post")).as("5 + 1 + 5 posts let through")
			.isEqualTo(11);
		this.work.runInTenant(this.commune.id(),
				() -> this.jdbc.sql("update directory_proposal_post set posted_at = posted_at - interval '61 minutes'")
					.update());
		this.sweep.run();
		assertThat(this.communes.count(this.commune, "directory_proposal_post")).isZero();
		assertThat(this.communes.count(second, "directory_proposal_post")).isOne();
	}

	/** Asks the site for a challenge and solves it as the form's script does. */
	private String proof() throws Exception {
		String body = site(post("/annuaire/proposer/defi")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String challenge = JsonPath.read(body, "$.challenge");
		String salt = JsonPath.read(body, "$.salt");
		String signature = JsonPath.read(body, "$.signature");
		Number max = JsonPath.read(body, "$.maxnumber");
		Altcha.Solution solution = Altcha.solveChallenge(challenge, salt, Altcha.Algorithm.SHA256, max.longValue(), 0);
		String payload = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + challenge + "\",\"number\":" + solution.number
				+ ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}";
		return Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
	}

	private ResultActions propose(String address, String proof, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/annuaire/proposer").param("preuve", proof)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.with((r) -> {
				r.setRemoteAddr(address);
				return r;
			});
		fields.forEach(request::param);
		return site(request);
	}

	private ResultActions site(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with((r) -> {
			r.setServerName(this.commune.slug() + ".clocher.test");
			return r;
		}));
	}

	private static String text(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
