package fr.clocher.directory.service.entries;

import fr.clocher.kernel.api.LocalizedText;

/**
 * An entry's photo as sent: PNG, JPEG or WebP, told by its first bytes (not by what the
 * sender says), within the size limit, with its alternative text.
 */
final class Photos {

	private Photos() {
	}

	/** The photo's media type, or refusals into checks. */
	static String check(byte[] content, String alt, long maxSize, Checks checks) {
		checks.text("alt", alt, 250, true);
		if (content == null || content.length == 0) {
			checks.add("photo", Checks.REQUIRED);
			return null;
		}
		if (content.length > maxSize) {
			checks.add("photo",
					LocalizedText
						.of("Photo trop lourde : %d Ko au plus (%d Ko envoyés).",
								"Photo too large: at most %d KB (%d KB sent).")
						.formatted(maxSize / 1024, (content.length + 1023) / 1024));
			return null;
		}
		String type = type(content);
		if (type == null) {
			checks.add("photo", "Format non reconnu : PNG, JPEG ou WebP.", "Unknown format: PNG, JPEG or WebP.");
		}
		return type;
	}

	private static String type(byte[] b) {
		if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

}
