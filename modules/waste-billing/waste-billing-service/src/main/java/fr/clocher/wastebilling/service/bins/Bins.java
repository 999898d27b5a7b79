package fr.clocher.wastebilling.service.bins;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.AssignmentDraft;
import fr.clocher.wastebilling.api.Bin;
import fr.clocher.wastebilling.api.BinAssignment;
import fr.clocher.wastebilling.api.BinDraft;
import fr.clocher.wastebilling.api.Blacklisting;
import fr.clocher.wastebilling.service.support.Paging;
import fr.clocher.wastebilling.service.support.Violations;
import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.transaction.annotation.Transactional;

/**
 * The bins: a tag unique within the tenant, assignments that never overlap (changed one
 * at a time under a lock of the bin's row), blacklisting from a date.
 */
class Bins {

	private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,39}");

	private final BinStore store;

	private final WasteChanges changes;

	private final Clock clock;

	Bins(BinStore store, WasteChanges changes, Clock clock) {
		this.store = store;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageOf<Bin> search(String tagStart, Paging paging) {
		List<Bin> items = this.store.search(tagStart, paging).stream().map(this::bin).toList();
		return PageOf.of(items, paging.page(), paging.size(), this.store.count(tagStart));
	}

	@Transactional(readOnly = true)
	Bin get(UUID id) {
		return bin(stored(id));
	}

	@Transactional(readOnly = true)
	List<BinAssignment> ofPayer(UUID payer) {
		if (!this.store.payerExists(payer)) {
			throw payerNotFound(payer);
		}
		return this.store.assignmentsOfPayer(payer);
	}

	@Transactional
	Bin create(BinDraft draft) {
		BinDraft clean = validate(draft, null);
		UUID id = UUID.randomUUID();
		this.store.insert(new StoredBin(id, clean.tag(), clean.volumeLitres(), null, null), this.clock.instant());
		this.changes.record(LocalizedText.of("Bac %s (%d L) créé", "Bin %s (%d L) created")
			.formatted(clean.tag(), clean.volumeLitres()));
		return get(id);
	}

	@Transactional
	Bin update(UUID id, BinDraft draft) {
		stored(id);
		BinDraft clean = validate(draft, id);
		this.store.update(id, clean.tag(), clean.volumeLitres());
		this.changes.record(LocalizedText.of("Bac %s (%d L) modifié", "Bin %s (%d L) changed")
			.formatted(clean.tag(), clean.volumeLitres()));
		return get(id);
	}

	@Transactional
	Bin assign(UUID id, AssignmentDraft draft) {
		StoredBin bin = this.store.lock(id).orElseThrow(() -> binNotFound(id));
		Violations violations = new Violations();
		if (draft == null) {
			draft = new AssignmentDraft(null, null, null);
		}
		violations.present("payerId", draft.payerId());
		if (violations.present("startDate", draft.startDate()) && draft.endDate() != null
				&& draft.endDate().isBefore(draft.startDate())) {
			violations.add("endDate", "La fin précède le début.", "The end is before the start.");
		}
		violations.throwIfAny();
		if (!this.store.payerExists(draft.payerId())) {
			throw payerNotFound(draft.payerId());
		}
		if (bin.blacklistedFrom() != null && !draft.startDate().isBefore(bin.blacklistedFrom())) {
			throw ApiProblem.conflict("bin-blacklisted", "startDate",
					LocalizedText.of("Le bac %s est refusé depuis le %s (%s).", "Bin %s is refused since %s (%s).")
						.formatted(bin.tag(), bin.blacklistedFrom(), bin.blacklistReason()));
		}
		LocalDate start = draft.startDate();
		LocalDate end = draft.endDate();
		for (BinAssignment other : this.store.assignmentsOfBin(id)) {
			if (other.endDate() == null && other.startDate().isBefore(start)) {
				this.store.endAssignment(other.id(), start.minusDays(1));
				continue;
			}
			boolean overlaps = !start.isAfter(endOf(other)) && !other.startDate().isAfter(endOf(end));
			if (overlaps) {
				throw ApiProblem.conflict("assignment-overlap", "startDate",
						LocalizedText
							.of("Le bac %s est attribué à %s du %s au %s : les périodes se chevauchent.",
									"Bin %s is held by %s from %s to %s: the ranges overlap.")
							.formatted(bin.tag(), other.payerReference(), other.startDate(),
									(other.endDate() != null) ? other.endDate() : "…"));
			}
		}
		this.store.insertAssignment(UUID.randomUUID(), id, draft.payerId(), start, end);
		this.changes.record(LocalizedText.of("Bac %s attribué à partir du %s", "Bin %s assigned from %s")
			.formatted(bin.tag(), start));
		return get(id);
	}

	@Transactional
	Bin blacklist(UUID id, Blacklisting blacklisting) {
		StoredBin bin = this.store.lock(id).orElseThrow(() -> binNotFound(id));
		Violations violations = new Violations();
		if (blacklisting == null) {
			blacklisting = new Blacklisting(null, null);
		}
		violations.present("from", blacklisting.from());
		violations.present("reason", Violations.clean(blacklisting.reason()));
		violations.maxLength("reason", blacklisting.reason(), 200);
		violations.throwIfAny();
		LocalDate from = blacklisting.from();
		for (BinAssignment assignment : this.store.assignmentsOfBin(id)) {
			if (!from.isAfter(assignment.startDate())) {
				throw ApiProblem.conflict("assignment-after-blacklist", "from",
						LocalizedText
							.of("Le bac %s est attribué à %s à partir du %s, après la date de refus.",
									"Bin %s is held by %s from %s, after the refusal date.")
							.formatted(bin.tag(), assignment.payerReference(), assignment.startDate()));
			}
			if (!endOf(assignment).isBefore(from)) {
				this.store.endAssignment(assignment.id(), from.minusDays(1));
			}
		}
		this.store.blacklist(id, from, blacklisting.reason().strip());
		this.changes.record(LocalizedText.of("Bac %s refusé à partir du %s (%s)", "Bin %s refused from %s (%s)")
			.formatted(bin.tag(), from, blacklisting.reason().strip()));
		return get(id);
	}

	private BinDraft validate(BinDraft draft, UUID self) {
		Violations violations = new Violations();
		if (draft == null) {
			draft = new BinDraft(null, null);
		}
		String tag = Violations.clean(draft.tag());
		if (violations.present("tag", tag) && !TAG.matcher(tag).matches()) {
			violations.add("tag", "Lettres, chiffres, deux-points, points et tirets, 40 caractères au plus.",
					"Letters, digits, colons, dots and dashes, at most 40 characters.");
		}
		if (violations.present("volumeLitres", draft.volumeLitres())) {
			violations.between("volumeLitres", draft.volumeLitres(), 10, 5000);
		}
		violations.throwIfAny();
		this.store.byTag(tag).filter((other) -> !other.equals(self)).ifPresent((other) -> {
			throw ApiProblem.conflict("tag-taken", "tag",
					LocalizedText
						.of("L'étiquette %s est déjà celle d'un autre bac (%s).",
								"The tag %s already belongs to another bin (%s).")
						.formatted(tag, other));
		});
		return new BinDraft(tag, draft.volumeLitres());
	}

	private StoredBin stored(UUID id) {
		return this.store.find(id).orElseThrow(() -> binNotFound(id));
	}

	private Bin bin(StoredBin bin) {
		return new Bin(bin.id(), bin.tag(), bin.volumeLitres(), bin.blacklistedFrom(), bin.blacklistReason(),
				this.store.assignmentsOfBin(bin.id()));
	}

	private static LocalDate endOf(BinAssignment assignment) {
		return endOf(assignment.endDate());
	}

	private static LocalDate endOf(LocalDate end) {
		return (end != null) ? end : LocalDate.MAX;
	}

	private static ApiProblem binNotFound(UUID id) {
		return ApiProblem.notFound("bin-not-found", "id",
				LocalizedText.of("Aucun bac n'a l'identifiant %s.", "No bin has the id %s.").formatted(id));
	}

	private static ApiProblem payerNotFound(UUID id) {
		return ApiProblem.notFound("payer-not-found", "payerId",
				LocalizedText.of("Aucun redevable n'a l'identifiant %s.", "No payer has the id %s.").formatted(id));
	}

}
