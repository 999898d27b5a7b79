package fr.clocher.wastebilling.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.wastebilling.api.Exemption;
import fr.clocher.wastebilling.api.ExemptionDraft;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.api.Payer;
import fr.clocher.wastebilling.api.PayerDraft;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.PayerSummary;
import fr.clocher.wastebilling.api.PayersApi;

/** The payers of the Sicoval's member communes, in memory. */
public class InMemoryPayersApi implements PayersApi {

	public static final MemberCommune LABEGE = new MemberCommune(UUID.randomUUID(), "labege", "Labège");

	public static final MemberCommune ESCALQUENS = new MemberCommune(UUID.randomUUID(), "escalquens", "Escalquens");

	public final Map<UUID, Payer> payers = new LinkedHashMap<>();

	public final Map<UUID, List<Exemption>> exemptions = new LinkedHashMap<>();

	public final List<PayerDraft> saved = new ArrayList<>();

	public final Pages pages = new Pages();

	public RuntimeException failure;

	public void reset() {
		this.payers.clear();
		this.exemptions.clear();
		this.saved.clear();
		this.pages.reset();
		this.failure = null;
	}

	public Payer add(String reference, String name, String address) {
		Payer payer = new Payer(UUID.randomUUID(), PayerKind.HOUSEHOLD, reference, name, address, LABEGE.id(),
				LABEGE.name(), 2, null, null, null, null, null, null);
		this.payers.put(payer.id(), payer);
		return payer;
	}

	@Override
	public List<MemberCommune> communes(String tenant) {
		return List.of(ESCALQUENS, LABEGE);
	}

	@Override
	public PageOf<PayerSummary> payers(String tenant, String q, int page, int size) {
		String wanted = (q != null) ? q.toLowerCase(Locale.ROOT) : "";
		List<PayerSummary> found = this.payers.values()
			.stream()
			.filter((payer) -> (payer.reference() + " " + payer.name() + " " + payer.address()).toLowerCase(Locale.ROOT)
				.contains(wanted))
			.sorted(Comparator.comparing(Payer::name))
			.map((payer) -> new PayerSummary(payer.id(), payer.kind(), payer.reference(), payer.name(), payer.address(),
					payer.communeName()))
			.toList();
		return this.pages.page(found, q, page, size, 200);
	}

	@Override
	public Payer payer(String tenant, UUID id) {
		return this.payers.get(id);
	}

	@Override
	public Payer createPayer(String tenant, PayerDraft draft) {
		return save(UUID.randomUUID(), draft);
	}

	@Override
	public Payer updatePayer(String tenant, UUID id, PayerDraft draft) {
		return save(id, draft);
	}

	private Payer save(UUID id, PayerDraft draft) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.saved.add(draft);
		MemberCommune commune = communes("sicoval").stream()
			.filter((c) -> c.id().equals(draft.communeId()))
			.findFirst()
			.orElseThrow();
		Payer payer = new Payer(id, draft.kind(), draft.reference(), draft.name(), draft.address(), commune.id(),
				commune.name(), draft.householdSize(), draft.professionalCategory(), draft.activeFrom(),
				draft.activeTo(), draft.civility(), draft.firstName(), draft.siret());
		this.payers.put(id, payer);
		return payer;
	}

	@Override
	public List<Exemption> exemptions(String tenant, UUID id) {
		return List.copyOf(this.exemptions.getOrDefault(id, List.of()));
	}

	@Override
	public Exemption addExemption(String tenant, UUID id, ExemptionDraft draft) {
		if (this.failure != null) {
			throw this.failure;
		}
		Exemption exemption = new Exemption(UUID.randomUUID(), id, draft.reason(), draft.proofReference(),
				draft.validFrom(), draft.validTo());
		this.exemptions.computeIfAbsent(id, (key) -> new ArrayList<>()).add(exemption);
		return exemption;
	}

	@Override
	public void removeExemption(String tenant, UUID id, UUID exemption) {
		this.exemptions.getOrDefault(id, new ArrayList<>()).removeIf((e) -> e.id().equals(exemption));
	}

}
