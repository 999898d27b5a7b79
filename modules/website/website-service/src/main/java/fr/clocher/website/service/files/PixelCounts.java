package fr.clocher.website.service.files;

import java.util.Locale;

import fr.clocher.kernel.api.LocalizedText;

/**
 * Pixel counts as people read them: "40 millions de pixels" / "40 million pixels".
 */
final class PixelCounts {

	private PixelCounts() {
	}

	static LocalizedText of(long pixels) {
		if (pixels < 1_000_000) {
			return LocalizedText.of(pixels + " pixels", pixels + " pixels");
		}
		double millions = pixels / 1_000_000.0;
		String fr = String.format(Locale.FRANCE, "%.1f", millions).replace(",0", "");
		String en = String.format(Locale.ENGLISH, "%.1f", millions).replace(".0", "");
		return LocalizedText.of(fr + ((millions < 2) ? " million" : " millions") + " de pixels",
				en + " million pixels");
	}

}
