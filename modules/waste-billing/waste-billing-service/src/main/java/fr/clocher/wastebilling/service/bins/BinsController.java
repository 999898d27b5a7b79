package fr.clocher.wastebilling.service.bins;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.wastebilling.api.AssignmentDraft;
import fr.clocher.wastebilling.api.Bin;
import fr.clocher.wastebilling.api.BinAssignment;
import fr.clocher.wastebilling.api.BinDraft;
import fr.clocher.wastebilling.api.BinsApi;
import fr.clocher.wastebilling.api.Blacklisting;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.service.support.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bins over HTTP. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class BinsController implements BinsApi {

	private final Bins bins;

	BinsController(Bins bins) {
		this.bins = bins;
	}

	@Override
	public PageOf<Bin> bins(String tenant, String q, int page, int size) {
		return this.bins.search(q, Paging.of(page, size, 200));
	}

	@Override
	public Bin bin(String tenant, UUID id) {
		return this.bins.get(id);
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public Bin createBin(String tenant, BinDraft draft) {
		return this.bins.create(draft);
	}

	@Override
	public Bin updateBin(String tenant, UUID id, BinDraft draft) {
		return this.bins.update(id, draft);
	}

	@Override
	public Bin assign(String tenant, UUID id, AssignmentDraft draft) {
		return this.bins.assign(id, draft);
	}

	@Override
	public Bin blacklist(String tenant, UUID id, Blacklisting blacklisting) {
		return this.bins.blacklist(id, blacklisting);
	}

	@Override
	public List<BinAssignment> binsOfPayer(String tenant, UUID payer) {
		return this.bins.ofPayer(payer);
	}

}
