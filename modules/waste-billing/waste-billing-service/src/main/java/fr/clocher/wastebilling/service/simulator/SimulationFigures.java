package fr.clocher.wastebilling.service.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;

import fr.clocher.wastebilling.api.BillDistribution;
import fr.clocher.wastebilling.api.Cents;
import fr.clocher.wastebilling.api.HouseholdType;
import fr.clocher.wastebilling.api.HouseholdTypeChange;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.SimulatedChange;

/**
 * The figures of a simulation, gathered payer by payer in memory flat in what matters:
 * two {@code long} per payer for the spread, ten payers kept for the largest changes, one
 * sum per household type. A payer counts when either grid bills it.
 */
final class SimulationFigures {

	static final int HIGHEST = 10;

	/** Largest change first, then by reference: the order of the list shown. */
	private static final Comparator<SimulatedChange> LARGEST_FIRST = Comparator
		.comparingLong((SimulatedChange c) -> Math.abs(c.changeCents()))
		.reversed()
		.thenComparing(SimulatedChange::payerReference);

	private long[] current = new long[1024];

	private long[] draft = new long[1024];

	private int count;

	private long currentTotal;

	private long draftTotal;

	/** The kept ones, the least large on top, so that it goes first. */
	private final PriorityQueue<SimulatedChange> highest = new PriorityQueue<>(LARGEST_FIRST.reversed());

	private final Map<HouseholdType, long[]> groups = new EnumMap<>(HouseholdType.class);

	void add(UUID payer, String reference, PayerKind kind, Integer persons, long currentCents, long draftCents) {
		if (currentCents == 0 && draftCents == 0) {
			return;
		}
		if (this.count == this.current.length) {
			this.current = Arrays.copyOf(this.current, this.count * 2);
			this.draft = Arrays.copyOf(this.draft, this.count * 2);
		}
		this.current[this.count] = currentCents;
		this.draft[this.count] = draftCents;
		this.count++;
		this.currentTotal += currentCents;
		this.draftTotal += draftCents;
		HouseholdType type = HouseholdType.of(kind, persons);
		long[] group = this.groups.computeIfAbsent(type, (t) -> new long[3]);
		group[0]++;
		group[1] += currentCents;
		group[2] += draftCents;
		this.highest
			.add(new SimulatedChange(payer, reference, type, currentCents, draftCents, draftCents - currentCents));
		if (this.highest.size() > HIGHEST) {
			this.highest.poll();
		}
	}

	long payers() {
		return this.count;
	}

	long currentTotal() {
		return this.currentTotal;
	}

	long draftTotal() {
		return this.draftTotal;
	}

	BillDistribution currentDistribution() {
		return distribution(this.current);
	}

	BillDistribution draftDistribution() {
		return distribution(this.draft);
	}

	List<SimulatedChange> highestChanges() {
		List<SimulatedChange> changes = new ArrayList<>(this.highest);
		changes.sort(LARGEST_FIRST);
		return changes;
	}

	/** Every household type, in order, with zeros for a type nobody has. */
	List<HouseholdTypeChange> byHouseholdType() {
		return Arrays.stream(HouseholdType.values()).map((type) -> {
			long[] group = this.groups.getOrDefault(type, new long[3]);
			long change = group[2] - group[1];
			return new HouseholdTypeChange(type, group[0], group[1], group[2], change,
					(group[0] > 0) ? Cents.prorate(change, 1, group[0]) : 0);
		}).toList();
	}

	/** Nearest rank: D<sub>k</sub> is the bill of rank ⌈k·n/10⌉ in increasing order. */
	private BillDistribution distribution(long[] bills) {
		if (this.count == 0) {
			return new BillDistribution(0, List.of());
		}
		long[] sorted = Arrays.copyOf(bills, this.count);
		Arrays.sort(sorted);
		List<Long> deciles = new ArrayList<>();
		for (int k = 1; k <= 9; k++) {
			long rank = ((long) k * this.count + 9) / 10;
			deciles.add(sorted[(int) rank - 1]);
		}
		return new BillDistribution(deciles.get(4), deciles);
	}

}
