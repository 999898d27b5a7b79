package fr.clocher.website.service.settings;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.website.api.Theme;
import fr.clocher.website.service.files.FileKind;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.Violations;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;

/**
 * The theme: a primary colour readable on white (WCAG AA), a logo, a header photo.
 */
public class ThemeSettings {

	/** The platform's colour: contrast 7.4:1 with white. */
	public static final String DEFAULT_COLOR = "#1d5b79";

	static final String DOCUMENT = "theme";

	private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

	private final SiteDocuments documents;

	private final SiteFiles files;

	private final WebsiteChanges changes;

	ThemeSettings(SiteDocuments documents, SiteFiles files, WebsiteChanges changes) {
		this.documents = documents;
		this.files = files;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	public Theme get() {
		return this.documents.read(DOCUMENT, Theme.class).orElse(new Theme(DEFAULT_COLOR, null, null));
	}

	@Transactional
	public Theme update(Theme given) {
		Theme theme = (given != null) ? given : new Theme(null, null, null);
		String color = (theme.primaryColor() == null || theme.primaryColor().isBlank()) ? DEFAULT_COLOR
				: theme.primaryColor().strip().toLowerCase(Locale.ROOT);
		if (!color.startsWith("#")) {
			color = "#" + color;
		}
		if (!COLOR.matcher(color).matches()) {
			new Violations()
				.add("primaryColor", "Une couleur au format #rrggbb, par exemple #1d5b79.",
						"A colour as #rrggbb, for example #1d5b79.")
				.throwIfAny();
		}
		double ratio = Contrast.againstWhite(color);
		if (ratio < Contrast.AA) {
			String shown = String.format(Locale.FRANCE, "%.2f", ratio);
			throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "contrast-too-low", "primaryColor", LocalizedText.of(
					"La couleur %s est trop claire : son contraste avec le blanc est de %s:1, il faut au moins 4,5:1 (WCAG AA) pour que les textes restent lisibles. Choisissez une teinte plus foncée.",
					"The colour %s is too light: its contrast with white is %s:1, at least 4.5:1 (WCAG AA) is needed for texts to stay readable. Choose a darker shade.")
				.formatted(color, shown, color, shown.replace(',', '.')));
		}
		Violations violations = new Violations();
		checkImage(violations, "logoId", theme.logoId());
		checkImage(violations, "headerImageId", theme.headerImageId());
		violations.throwIfAny();
		Theme saved = new Theme(color, theme.logoId(), theme.headerImageId());
		this.documents.write(DOCUMENT, saved);
		this.changes.record("Thème du site modifié", "Site theme changed");
		return saved;
	}

	private void checkImage(Violations violations, String field, UUID id) {
		if (id != null && this.files.find(FileKind.IMAGE, id).isEmpty()) {
			violations.add(field, "Cette image n'existe pas (ou plus).", "This image does not exist (any more).");
		}
	}

}
