package fr.clocher.announcements.ui.support;

import fr.clocher.announcements.api.AnnouncementStatus;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * How an announcement's status reads.
 */
public final class StatusLabel {

	private StatusLabel() {
	}

	public static String of(AnnouncementStatus status) {
		return switch (status) {
			case DRAFT -> translate("announcements.status.draft");
			case SCHEDULED -> translate("announcements.status.scheduled");
			case PUBLISHED -> translate("announcements.status.published");
			case EXPIRED -> translate("announcements.status.expired");
			case ARCHIVED -> translate("announcements.status.archived");
		};
	}

	/**
	 * The status with its moment when it has one ("Publication programmée le 8 déc. 2026
	 * 08:00").
	 */
	public static String of(Summary item) {
		if (item.status() == AnnouncementStatus.SCHEDULED && item.publishAt() != null) {
			return translate("announcements.status.scheduled-at", Dates.format(item.publishAt()));
		}
		if (item.status() == AnnouncementStatus.PUBLISHED && item.publishAt() != null) {
			return translate("announcements.status.published-at", Dates.format(item.publishAt()));
		}
		return of(item.status());
	}

}
