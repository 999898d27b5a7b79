package fr.clocher.website.service.files;

/**
 * The image formats accepted, recognised by their first bytes: JPEG, PNG, GIF. SVG is not
 * (it may carry scripts), nor are formats the JDK cannot decode.
 */
final class ImageType {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private ImageType() {
	}

	static boolean accepted(byte[] content) {
		return SiteFiles.startsWith(content, JPEG) || SiteFiles.startsWith(content, PNG)
				|| SiteFiles.startsWith(content, SiteFiles.ascii("GIF87a"))
				|| SiteFiles.startsWith(content, SiteFiles.ascii("GIF89a"));
	}

}
