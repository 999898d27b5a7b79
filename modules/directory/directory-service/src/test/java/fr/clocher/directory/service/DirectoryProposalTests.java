package fr.clocher.directory.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static fr.clocher.directory.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
