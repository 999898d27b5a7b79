package fr.clocher.announcements.service.audience;

import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.Audience;
import fr.clocher.announcements.api.AudienceApi;
import fr.clocher.kernel.module.ModuleEndpoint;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretary's view of what her announcements reached, over HTTP.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class AudienceController implements AudienceApi {

	private final ReadCounts counts;

	AudienceController(ReadCounts counts) {
		this.counts = counts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Audience> audience(String tenant) {
		return this.counts.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Audience audienceOf(String tenant, UUID id) {
		return this.counts.of(id);
	}

}
