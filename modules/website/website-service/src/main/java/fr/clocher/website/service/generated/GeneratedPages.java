package fr.clocher.website.service.generated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.HostingProvider;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.api.PrivacyFields;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.TownHallSettings;
import fr.clocher.website.service.support.PlainText;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.Violations;
import fr.clocher.website.service.support.WebsiteChanges;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal notices, privacy page and accessibility statement: generated text merged with the
 * secretary's edits, field by field.
 */
public class GeneratedPages {

	/** Where residents read the legal notices on the commune's site. */
	public static final String LEGAL_NOTICES_PATH = "/mentions-legales";

	/** Where residents read the privacy page. */
	public static final String PRIVACY_PATH = "/donnees-personnelles";

	/** Where residents read the accessibility statement. */
	public static final String ACCESSIBILITY_PATH = "/accessibilite";

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final int MAX_TEXT = 4000;

	private final SiteDocuments documents;

	private final TownHallSettings townHall;

	private final CouncilSettings council;

	private final JdbcClient jdbc;

	private final HostingProvider host;

	private final ObjectMapper json;

	private final WebsiteChanges changes;

	GeneratedPages(SiteDocuments documents, TownHallSettings townHall, CouncilSettings council, JdbcClient jdbc,
			HostingProvider host, ObjectMapper json, WebsiteChanges changes) {
		this.documents = documents;
		this.townHall = townHall;
		this.council = council;
		this.jdbc = jdbc;
		this.host = host;
		this.json = json;
		this.changes = changes;
	}

	public HostingProvider host() {
		return this.host;
	}

	@Transactional(readOnly = true)
	public CommuneFacts facts() {
		return this.jdbc.sql("select name, official_code, created_at from tenant where id = ?")
			.param(TenantContext.require())
			.query((rs, i) -> new CommuneFacts(rs.getString("name"), rs.getString("official_code"),
					rs.getTimestamp("created_at").toInstant().atZone(Paris.ZONE).toLocalDate(), this.townHall.get(),
					this.council.mayor().orElse(null), this.host))
			.single();
	}

	@Transactional(readOnly = true)
	public Generated<LegalNoticesFields> legalNotices() {
		return read(Page.LEGAL_NOTICES, LegalNoticesFields.class, DefaultTexts::legalNotices);
	}

	@Transactional(readOnly = true)
	public Generated<PrivacyFields> privacy() {
		return read(Page.PRIVACY, PrivacyFields.class, DefaultTexts::privacy);
	}

	@Transactional(readOnly = true)
	public Generated<AccessibilityFields> accessibility() {
		return read(Page.ACCESSIBILITY, AccessibilityFields.class, DefaultTexts::accessibility);
	}

	@Transactional
	public Generated<LegalNoticesFields> updateLegalNotices(LegalNoticesFields fields) {
		return update(Page.LEGAL_NOTICES, LegalNoticesFields.class, DefaultTexts::legalNotices, fields,
				(violations, given) -> texts(violations, given));
	}

	@Transactional
	public Generated<PrivacyFields> updatePrivacy(PrivacyFields fields) {
		return update(Page.PRIVACY, PrivacyFields.class, DefaultTexts::privacy, fields,
				(violations, given) -> texts(violations, given));
	}

	@Transactional
	public Generated<AccessibilityFields> updateAccessibility(AccessibilityFields fields) {
		return update(Page.ACCESSIBILITY, AccessibilityFields.class, DefaultTexts::accessibility, fields,
				(violations, given) -> {
					texts(violations, given);
					Object rate = given.get("complianceRate");
					if (rate instanceof Number number && (number.intValue() < 0 || number.intValue() > 100)) {
						violations.add("complianceRate", "Un pourcentage entre 0 et 100.",
								"A percentage between 0 and 100.");
					}
					if (rate != null && given.get("auditDate") == null) {
						violations.add("auditDate", "Indiquez la date de l'audit qui a mesuré ce taux.",
								"Give the date of the audit that measured this rate.");
					}
				});
	}

	@Transactional
	public void reset(Page page) {
		this.documents.delete(page.document);
		this.changes.record(LocalizedText.of("Page « %s » rétablie telle que générée", "Page '%s' reset as generated")
			.formatted(page.label, page.label));
	}

	private <F> Generated<F> read(Page page, Class<F> type, Function<CommuneFacts, F> generator) {
		F defaults = generator.apply(facts());
		Map<String, Object> edits = edits(page);
		Map<String, Object> merged = new LinkedHashMap<>(this.json.convertValue(defaults, MAP));
		merged.putAll(edits);
		return new Generated<>(this.json.convertValue(merged, type), defaults, List.copyOf(edits.keySet()),
				this.documents.updatedAt(page.document).orElse(null));
	}

	private <F> Generated<F> update(Page page, Class<F> type, Function<CommuneFacts, F> generator, F fields,
			BiConsumer<Violations, Map<String, Object>> check) {
		Map<String, Object> given = new LinkedHashMap<>();
		if (fields != null) {
			this.json.convertValue(fields, MAP).forEach((key, value) -> {
				Object clean = (value instanceof String text) ? PlainText.clean(text) : value;
				if (clean != null) {
					given.put(key, clean);
				}
			});
		}
		Violations violations = new Violations();
		check.accept(violations, given);
		violations.throwIfAny();
		Map<String, Object> defaults = this.json.convertValue(generator.apply(facts()), MAP);
		Map<String, Object> edits = new LinkedHashMap<>();
		given.forEach((key, value) -> {
			if (!Objects.equals(value, defaults.get(key))) {
				edits.put(key, value);
			}
		});
		if (edits.isEmpty()) {
			this.documents.delete(page.document);
		}
		else {
			this.documents.write(page.document, edits);
		}
		this.changes
			.record(LocalizedText.of("Page « %s » modifiée", "Page '%s' edited").formatted(page.label, page.label));
		return read(page, type, generator);
	}

	private static void texts(Violations violations, Map<String, Object> given) {
		given.forEach((key, value) -> {
			if (value instanceof String text) {
				violations.maxLength(key, text, MAX_TEXT);
			}
		});
	}

	private Map<String, Object> edits(Page page) {
		return this.documents.read(page.document, Map.class)
			.map((stored) -> this.json.convertValue(stored, MAP))
			.orElse(Map.of());
	}

	/** The generated pages, their stored edits and their name in the change log. */
	public enum Page {

		LEGAL_NOTICES("generated-legal-notices", "mentions légales"),
		PRIVACY("generated-privacy", "données personnelles"),
		ACCESSIBILITY("generated-accessibility", "déclaration d'accessibilité");

		private final String document;

		private final String label;

		Page(String document, String label) {
			this.document = document;
			this.label = label;
		}

	}

}
