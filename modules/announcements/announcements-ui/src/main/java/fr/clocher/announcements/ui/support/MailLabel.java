package fr.clocher.announcements.ui.support;

import fr.clocher.announcements.api.MailDelivery;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * How the mail of one announcement reads: none, queued, sending N of M, sent N of M, or
 * failing (tried again, none lost).
 */
public final class MailLabel {

	private MailLabel() {
	}

	public static String of(MailDelivery mail) {
		if (mail == null) {
			return translate("announcements.mail.none");
		}
		int total = mail.pending() + mail.sent();
		if (total == 0) {
			return translate("announcements.mail.none");
		}
		if (mail.retrying() > 0) {
			return translate("announcements.mail.failing", mail.sent(), total);
		}
		if (mail.pending() == total) {
			return translate("announcements.mail.queued", total);
		}
		if (mail.pending() > 0) {
			return translate("announcements.mail.sending", mail.sent(), total);
		}
		return translate("announcements.mail.sent", mail.sent(), total);
	}

}
