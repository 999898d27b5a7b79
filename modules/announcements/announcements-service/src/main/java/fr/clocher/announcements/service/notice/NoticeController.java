package fr.clocher.announcements.service.notice;

import java.util.UUID;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.NoticesApi;
import fr.clocher.announcements.service.content.AnnouncementService;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.problem.ApiProblem;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * The A4 notices over HTTP.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class NoticeController implements NoticesApi {

	private final AnnouncementService announcements;

	private final Branding branding;

	private final Notices notices;

	NoticeController(AnnouncementService announcements, Branding branding, Notices notices) {
		this.announcements = announcements;
		this.branding = branding;
		this.notices = notices;
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] notice(String tenant, String kind, UUID id) {
		Kind which = switch (kind) {
			case "news" -> Kind.NEWS;
			case "events" -> Kind.EVENT;
			case "alerts" -> Kind.ALERT;
			default -> throw ApiProblem.notFound("not-found", "kind",
					LocalizedText.of("Cette adresse n'existe pas.", "This address does not exist."));
		};
		return this.notices.pdf(this.announcements.get(which, id), this.branding.current());
	}

}
