package fr.clocher.website.ui.pages;

import fr.clocher.website.api.PageStatus;

import static fr.clocher.website.ui.support.Texts.t;

/**
 * How a page's status reads.
 */
final class PageStatusLabel {

	private PageStatusLabel() {
	}

	static String of(PageStatus status) {
		return switch (status) {
			case DRAFT -> t("Brouillon (non publié)", "Draft (not published)");
			case PUBLISHED -> t("Publiée", "Published");
			case CHANGED -> t("Publiée, modifications non publiées", "Published, changes not published");
		};
	}

}
