package fr.clocher.wastebilling.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.wastebilling.api.AssignmentDraft;
import fr.clocher.wastebilling.api.Bin;
import fr.clocher.wastebilling.api.BinAssignment;
import fr.clocher.wastebilling.api.BinDraft;
import fr.clocher.wastebilling.api.BinsApi;
import fr.clocher.wastebilling.api.Blacklisting;

/** The bins, in memory; assignments name the payers of {@link InMemoryPayersApi}. */
public class InMemoryBinsApi implements BinsApi {

	public final Map<UUID, Bin> bins = new LinkedHashMap<>();

	public final Pages pages = new Pages();

	public final List<Object> calls = new ArrayList<>();

	public RuntimeException failure;

	private final InMemoryPayersApi payers;

	public InMemoryBinsApi(InMemoryPayersApi payers) {
		this.payers = payers;
	}

	public void reset() {
		this.bins.clear();
		this.pages.reset();
		this.calls.clear();
		this.failure = null;
	}

	public Bin add(String tag, int volume) {
		Bin bin = new Bin(UUID.randomUUID(), tag, volume, null, null, List.of());
		this.bins.put(bin.id(), bin);
		return bin;
	}

	@Override
	public PageOf<Bin> bins(String tenant, String q, int page, int size) {
		List<Bin> found = this.bins.values()
			.stream()
			.filter((bin) -> q == null || bin.tag().startsWith(q))
			.sorted(Comparator.comparing(Bin::tag))
			.toList();
		return this.pages.page(found, q, page, size, 200);
	}

	@Override
	public Bin bin(String tenant, UUID id) {
		return this.bins.get(id);
	}

	@Override
	public Bin createBin(String tenant, BinDraft draft) {
		return updateBin(tenant, UUID.randomUUID(), draft);
	}

	@Override
	public Bin updateBin(String tenant, UUID id, BinDraft draft) {
		fail();
		this.calls.add(draft);
		Bin old = this.bins.get(id);
		Bin bin = new Bin(id, draft.tag(), draft.volumeLitres(), null, null,
				(old != null) ? old.assignments() : List.of());
		this.bins.put(id, bin);
		return bin;
	}

	@Override
	public Bin assign(String tenant, UUID id, AssignmentDraft draft) {
		fail();
		this.calls.add(draft);
		Bin old = this.bins.get(id);
		List<BinAssignment> assignments = new ArrayList<>(old.assignments());
		assignments.add(new BinAssignment(UUID.randomUUID(), id, old.tag(), old.volumeLitres(), draft.payerId(),
				this.payers.payers.get(draft.payerId()).reference(), draft.startDate(), draft.endDate()));
		Bin bin = new Bin(id, old.tag(), old.volumeLitres(), null, null, assignments);
		this.bins.put(id, bin);
		return bin;
	}

	@Override
	public Bin blacklist(String tenant, UUID id, Blacklisting blacklisting) {
		fail();
		this.calls.add(blacklisting);
		Bin old = this.bins.get(id);
		Bin bin = new Bin(id, old.tag(), old.volumeLitres(), blacklisting.from(), blacklisting.reason(),
				old.assignments());
		this.bins.put(id, bin);
		return bin;
	}

	@Override
	public List<BinAssignment> binsOfPayer(String tenant, UUID payer) {
		return this.bins.values()
			.stream()
			.flatMap((bin) -> bin.assignments().stream())
			.filter((assignment) -> assignment.payerId().equals(payer))
			.toList();
	}

	private void fail() {
		if (this.failure != null) {
			throw this.failure;
		}
	}

}
