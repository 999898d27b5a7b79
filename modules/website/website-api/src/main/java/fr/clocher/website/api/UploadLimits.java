package fr.clocher.website.api;

import java.util.List;

/**
 * What an upload may be, to tell the secretary before she sends a file.
 *
 * @param maxImageBytes the largest image accepted, in bytes
 * @param maxAttachmentBytes the largest document accepted, in bytes
 * @param imageTypes the image types accepted ({@code image/jpeg}...)
 * @param attachmentTypes the document types accepted ({@code application/pdf}...)
 * @param maxImageWidth the width images are reduced to, in pixels
 */
public record UploadLimits(long maxImageBytes, long maxAttachmentBytes, List<String> imageTypes,
		List<String> attachmentTypes, int maxImageWidth) {

	public UploadLimits {
		imageTypes = List.copyOf(imageTypes);
		attachmentTypes = List.copyOf(attachmentTypes);
	}

}
