package fr.clocher.wastebilling.service.payers;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.wastebilling.api.Exemption;
import fr.clocher.wastebilling.api.ExemptionDraft;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.api.Payer;
import fr.clocher.wastebilling.api.PayerDraft;
import fr.clocher.wastebilling.api.PayerSummary;
import fr.clocher.wastebilling.api.PayersApi;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.service.support.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The payers over HTTP. */
@RestController
@ModuleEndpoint(WasteBilling.KEY)
class PayersController implements PayersApi {

	private final Payers payers;

	private final MemberCommunes communes;

	PayersController(Payers payers, MemberCommunes communes) {
		this.payers = payers;
		this.communes = communes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MemberCommune> communes(String tenant) {
		return this.communes.all();
	}

	@Override
	public PageOf<PayerSummary> payers(String tenant, String q, int page, int size) {
		return this.payers.search(q, Paging.of(page, size, 200));
	}

	@Override
	public Payer payer(String tenant, UUID id) {
		return this.payers.get(id);
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public Payer createPayer(String tenant, PayerDraft draft) {
		return this.payers.create(draft);
	}

	@Override
	public Payer updatePayer(String tenant, UUID id, PayerDraft draft) {
		return this.payers.update(id, draft);
	}

	@Override
	public List<Exemption> exemptions(String tenant, UUID id) {
		return this.payers.exemptions(id);
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public Exemption addExemption(String tenant, UUID id, ExemptionDraft draft) {
		return this.payers.addExemption(id, draft);
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void removeExemption(String tenant, UUID id, UUID exemption) {
		this.payers.removeExemption(id, exemption);
	}

}
