package fr.clocher.announcements.service.intercommunal;

import java.util.List;
import java.util.UUID;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.IntercommunalApi;
import fr.clocher.announcements.api.SharedAnnouncement;
import fr.clocher.kernel.module.ModuleEndpoint;

import org.springframework.web.bind.annotation.RestController;

/**
 * The groups' announcements a member commune shows, over HTTP.
 */
@RestController
@ModuleEndpoint(Announcements.KEY)
class IntercommunalController implements IntercommunalApi {

	private final LocalHiding hiding;

	IntercommunalController(LocalHiding hiding) {
		this.hiding = hiding;
	}

	@Override
	public List<SharedAnnouncement> shared(String tenant) {
		return this.hiding.shared();
	}

	@Override
	public SharedAnnouncement hide(String tenant, UUID id) {
		return this.hiding.hide(id, true);
	}

	@Override
	public SharedAnnouncement show(String tenant, UUID id) {
		return this.hiding.hide(id, false);
	}

}
