package fr.clocher.directory.service.submissions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.samskivert.mustache.Template;
import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.OpeningHoursText;
import fr.clocher.directory.service.categories.CategoryStore;
import fr.clocher.directory.service.entries.StoredEntry;
import fr.clocher.directory.service.site.SiteAnswers;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SiteLink;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteTemplates;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StreamUtils;

/**
 * The proposal's pages on the commune's site: the form (it posts to
 * {@link ProposalController}), the page a confirmation link opens (a button: a link only
 * opened, by a mail scanner for instance, confirms nothing), and the small script that
 * solves the proof of work (served from the site itself: no third party).
 */
class ProposalPages implements SitePages {

	static final String FORM = "/annuaire/proposer";

	static final String CONFIRM = "/annuaire/proposer/confirmer";

	static final String SCRIPT = "/annuaire/proposer/preuve.js";

	static final String CHALLENGE = "/annuaire/proposer/defi";

	/** What each checked field is called on the form, and its input's name. */
	static final Map<String, String[]> FIELDS = Map.ofEntries(Map.entry("name", new String[] { "nom", "Nom" }),
			Map.entry("categoryId", new String[] { "categorie", "Catégorie" }),
			Map.entry("description", new String[] { "description", "Description" }),
			Map.entry("address", new String[] { "adresse", "Adresse" }),
			Map.entry("latitude", new String[] { "latitude", "Latitude" }),
			Map.entry("longitude", new String[] { "longitude", "Longitude" }),
			Map.entry("phone", new String[] { "telephone", "Téléphone" }),
			Map.entry("email", new String[] { "courriel", "Courriel de la fiche" }),
			Map.entry("website", new String[] { "site", "Site internet" }),
			Map.entry("openingHours", new String[] { "horaires", "Horaires" }),
			Map.entry("siret", new String[] { "siret", "SIRET" }),
			Map.entry("submitterEmail", new String[] { "votre_courriel", "Votre adresse électronique" }),
			Map.entry("entryId", new String[] { "fiche", "Fiche à corriger" }));

	private final Submissions submissions;

	private final CategoryStore categories;

	private final Template form;

	private final SiteAnswers answers;

	private final byte[] script;

	ProposalPages(Submissions submissions, CategoryStore categories, SiteTemplates templates, SiteAnswers answers) {
		this.submissions = submissions;
		this.categories = categories;
		this.form = templates.template("directory/propose");
		this.answers = answers;
		try {
			this.script = StreamUtils
				.copyToByteArray(new ClassPathResource("site/directory-proof.js").getInputStream());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public String moduleKey() {
		return Directory.KEY;
	}

	@Override
	public Optional<SiteContent> find(SiteRequest request) {
		return switch (request.path()) {
			case FORM -> opened(request);
			case SCRIPT -> Optional.of(new SiteFile(this.script, "text/javascript;charset=UTF-8", null, false));
			case CONFIRM ->
				Optional.of(
						this.submissions.genuine(request.parameters().get("jeton"))
								? step(request, "Confirmer votre proposition",
										"Confirmez votre adresse : la mairie examinera ensuite votre proposition.",
										"Confirmer ma proposition", request.parameters().get("jeton"))
								: invalid(request));
			default -> Optional.empty();
		};
	}

	/**
	 * The empty form, or with {@code ?fiche=<id>} the form of a correction filled with
	 * the entry as published (none when the entry is not one of the commune's published
	 * ones).
	 */
	private Optional<SiteContent> opened(SiteRequest request) {
		String fiche = request.parameters().get("fiche");
		if (fiche == null || fiche.isBlank()) {
			return Optional.of(form(request, Map.of(), Map.of()));
		}
		return ProposalController.entryId(fiche)
			.flatMap(this.submissions::correctable)
			.map((entry) -> form(request, values(entry), Map.of()));
	}

	private static Map<String, String> values(StoredEntry entry) {
		Map<String, String> values = new HashMap<>();
		values.put("fiche", entry.id().toString());
		values.put("nom", entry.name());
		values.put("categorie", entry.categoryId().toString());
		values.put("description", entry.description());
		values.put("adresse", entry.address());
		values.put("telephone", entry.phone());
		values.put("courriel", entry.email());
		values.put("site", entry.website());
		values.put("siret", entry.siret());
		values.put("latitude",
				(entry.latitude() != null) ? entry.latitude().stripTrailingZeros().toPlainString() : null);
		values.put("longitude",
				(entry.longitude() != null) ? entry.longitude().stripTrailingZeros().toPlainString() : null);
		values.put("horaires", OpeningHoursText.format(entry.openingHours()));
		return values;
	}

	/** The form, with what was typed and each refused field's reason. */
	SitePage form(SiteRequest request, Map<String, String> values, Map<String, String> errors) {
		Map<String, Object> model = new HashMap<>();
		model.put("action", request.link(FORM));
		model.put("challenge", request.link(CHALLENGE));
		// A src is a site path: the site's frame prefixes it with the base (/c/<slug>),
		// as it does every href and src; the form's action and the challenge's data
		// attribute it does not.
		model.put("script", SCRIPT);
		FIELDS.values().forEach((field) -> model.put(field[0], values.get(field[0])));
		boolean correcting = values.get("fiche") != null && !values.get("fiche").isBlank();
		model.put("correcting", correcting);
		String chosen = values.get("categorie");
		model.put("categories",
				this.categories.all()
					.stream()
					.map((category) -> Map.of("id", category.id().toString(), "name", category.name(), "selected",
							category.id().toString().equals(chosen)))
					.toList());
		List<Map<String, String>> list = errors.entrySet().stream().map((error) -> {
			String[] field = FIELDS.getOrDefault(error.getKey(), new String[] { "nom", error.getKey() });
			model.put("invalid_" + field[0], true);
			return Map.of("id", "f-" + field[0], "label", field[1], "reason", error.getValue());
		}).toList();
		model.put("hasErrors", !list.isEmpty());
		model.put("errors", list);
		return correcting
				? SitePage.of("Proposer une correction",
						"Proposer une correction d'une fiche de l'annuaire de la commune.", this.form.execute(model))
				: SitePage.of("Proposer une fiche", "Proposer une fiche pour l'annuaire de la commune.",
						this.form.execute(model));
	}

	SitePage step(SiteRequest request, String heading, String message, String button, String token) {
		return this.answers.step(request, heading, message, button, CONFIRM, token);
	}

	SitePage invalid(SiteRequest request) {
		return step(request, "Lien invalide",
				"Ce lien n'est pas ou plus valable. Copiez le lien complet du message reçu, ou proposez à nouveau.",
				null, null);
	}

	@Override
	public List<SiteLink> linkable(SiteRequest request) {
		return List.of(SiteLink.to("Proposer une fiche pour l'annuaire", FORM));
	}

}
