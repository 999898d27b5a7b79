package fr.clocher.website.service.settings;

/**
 * WCAG 2.1 contrast ratio between a colour and white, the background of every page.
 */
public final class Contrast {

	/** WCAG AA for normal text. */
	public static final double AA = 4.5;

	private Contrast() {
	}

	/** The ratio of {@code #rrggbb} against white, from 1 to 21. */
	public static double againstWhite(String hex) {
		return 1.05 / (luminance(hex) + 0.05);
	}

	static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF)
				+ 0.0722 * channel(rgb & 0xFF);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
