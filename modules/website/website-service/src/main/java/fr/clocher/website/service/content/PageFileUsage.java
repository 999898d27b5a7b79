package fr.clocher.website.service.content;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.website.service.files.FileUsage;

/**
 * Pages using a file (an image shown, a document linked), draft or published.
 */
class PageFileUsage implements FileUsage {

	private final PageStore pages;

	PageFileUsage(PageStore pages) {
		this.pages = pages;
	}

	@Override
	public List<LocalizedText> usesOf(UUID fileId, String path) {
		return this.pages.titlesMentioning(fileId.toString())
			.stream()
			.map((title) -> LocalizedText.of("la page « %s »", "the page '%s'").formatted(title))
			.toList();
	}

}
