package fr.clocher.website.ui;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.ComplianceStatus;
import fr.clocher.website.api.GeneratedPage;
import fr.clocher.website.api.GeneratedPagesApi;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.api.PrivacyFields;

/**
 * The three generated pages in memory, each starting from its generated text. A save
 * keeps the fields as sent and answers as edited those that differ from the generated
 * text; a reset brings the generated text back. Every change is recorded; a failure set
 * by a test is thrown by the next change instead.
 */
public class InMemoryGeneratedPagesApi implements GeneratedPagesApi {

	public final Generated<LegalNoticesFields> legalNotices = new Generated<>("/mentions-legales",
			new LegalNoticesFields("Commune de Saint-Martin, 1 place de la Mairie, 31000 Saint-Martin",
					"Jeanne Martin, maire de Saint-Martin", "Commune de Saint-Martin", ""));

	public final Generated<PrivacyFields> privacy = new Generated<>("/donnees-personnelles",
			new PrivacyFields("La commune de Saint-Martin, représentée par son maire", "Aucune donnée n'est collectée.",
					"Aucune", "Les services de la mairie", "Un an", "Accès, rectification, effacement",
					"mairie@saint-martin.fr"));

	public final Generated<AccessibilityFields> accessibility = new Generated<>("/accessibilite",
			new AccessibilityFields(ComplianceStatus.NOT_COMPLIANT, null, null, "", "Aucun audit n'a encore été fait.",
					"", "mairie@saint-martin.fr", "Le Défenseur des droits", LocalDate.of(2026, 1, 15)));

	public final List<String> calls = new ArrayList<>();

	public RuntimeException failure;

	void reset() {
		this.legalNotices.values = this.legalNotices.defaults;
		this.privacy.values = this.privacy.defaults;
		this.accessibility.values = this.accessibility.defaults;
		this.calls.clear();
		this.failure = null;
	}

	@Override
	public GeneratedPage<LegalNoticesFields> legalNotices(String tenant) {
		return this.legalNotices.page();
	}

	@Override
	public GeneratedPage<LegalNoticesFields> updateLegalNotices(String tenant, LegalNoticesFields fields) {
		change(tenant + " update legal notices");
		return this.legalNotices.save(fields);
	}

	@Override
	public GeneratedPage<LegalNoticesFields> resetLegalNotices(String tenant) {
		change(tenant + " reset legal notices");
		return this.legalNotices.save(this.legalNotices.defaults);
	}

	@Override
	public GeneratedPage<PrivacyFields> privacy(String tenant) {
		return this.privacy.page();
	}

	@Override
	public GeneratedPage<PrivacyFields> updatePrivacy(String tenant, PrivacyFields fields) {
		change(tenant + " update privacy");
		return this.privacy.save(fields);
	}

	@Override
	public GeneratedPage<PrivacyFields> resetPrivacy(String tenant) {
		change(tenant + " reset privacy");
		return this.privacy.save(this.privacy.defaults);
	}

	@Override
	public GeneratedPage<AccessibilityFields> accessibility(String tenant) {
		return this.accessibility.page();
	}

	@Override
	public GeneratedPage<AccessibilityFields> updateAccessibility(String tenant, AccessibilityFields fields) {
		change(tenant + " update accessibility");
		return this.accessibility.save(fields);
	}

	@Override
	public GeneratedPage<AccessibilityFields> resetAccessibility(String tenant) {
		change(tenant + " reset accessibility");
		return this.accessibility.save(this.accessibility.defaults);
	}

	private void change(String call) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.calls.add(call);
	}

	/**
	 * One generated page: its generated text and what it shows.
	 *
	 * @param <F> its fields
	 */
	public static final class Generated<F extends Record> {

		private final String path;

		public final F defaults;

		public F values;

		Generated(String path, F defaults) {
			this.path = path;
			this.defaults = defaults;
			this.values = defaults;
		}

		GeneratedPage<F> save(F fields) {
			this.values = fields;
			return page();
		}

		GeneratedPage<F> page() {
			List<String> edited = Arrays.stream(this.defaults.getClass().getRecordComponents())
				.filter((component) -> !Objects.equals(read(component, this.values), read(component, this.defaults)))
				.map(RecordComponent::getName)
				.toList();
			return new GeneratedPage<>(this.values, this.defaults, edited, this.path,
					"http://saint-martin.clocher.localhost:8080" + this.path, null);
		}

		private static Object read(RecordComponent component, Object record) {
			try {
				return component.getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
