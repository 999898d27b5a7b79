package fr.clocher.website.service.files;

import java.util.Locale;

import fr.clocher.kernel.api.LocalizedText;

/** Sizes as people read them: "12,5 Mo" / "12.5 MB". */
final class ByteSizes {

	private ByteSizes() {
	}

	static LocalizedText of(long bytes) {
		if (bytes >= 1024 * 1024) {
			double mb = bytes / (1024.0 * 1024.0);
			return LocalizedText.of(String.format(Locale.FRANCE, "%.1f Mo", mb).replace(",0 ", " "),
					String.format(Locale.ENGLISH, "%.1f MB", mb).replace(".0 ", " "));
		}
		long kb = Math.max(1, bytes / 1024);
		return LocalizedText.of(kb + " ko", kb + " kB");
	}

}
