package fr.clocher.website.ui.pages;

import fr.clocher.website.api.PageStatus;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * How a page's status reads.
 */
final class PageStatusLabel {

	private PageStatusLabel() {
	}

	static String of(PageStatus status) {
		return switch (status) {
			case DRAFT -> translate("website.pages.status-draft");
			case PUBLISHED -> translate("website.pages.status-published");
			case CHANGED -> translate("website.pages.status-changed");
		};
	}

}
