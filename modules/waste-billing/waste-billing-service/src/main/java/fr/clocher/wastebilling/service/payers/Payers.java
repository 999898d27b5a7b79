package fr.clocher.wastebilling.service.payers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Siret;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.Exemption;
import fr.clocher.wastebilling.api.ExemptionDraft;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.api.Payer;
import fr.clocher.wastebilling.api.PayerDraft;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.PayerSummary;
import fr.clocher.wastebilling.service.support.Paging;
import fr.clocher.wastebilling.service.support.Violations;
import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.transaction.annotation.Transactional;

/**
 * The payers and their exemptions: everything is checked first, then written in one
 * transaction.
 */
class Payers {

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,29}");

	private final PayerStore store;

	private final MemberCommunes communes;

	private final WasteChanges changes;

	private final Clock clock;

	Payers(PayerStore store, MemberCommunes communes, WasteChanges changes, Clock clock) {
		this.store = store;
		this.communes = communes;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageOf<PayerSummary> search(String query, Paging paging) {
		Map<UUID, MemberCommune> names = this.communes.byId();
		PayerStore.Found found = this.store.search(query, paging);
		List<PayerSummary> items = found.page()
			.stream()
			.map((p) -> new PayerSummary(p.id(), p.kind(), p.reference(), p.name(), p.address(),
					communeName(names, p.communeId())))
			.toList();
		return PageOf.of(items, paging.page(), paging.size(), found.total());
	}

	@Transactional(readOnly = true)
	Payer get(UUID id) {
		return payer(stored(id), this.communes.byId());
	}

	@Transactional
	Payer create(PayerDraft draft) {
		StoredPayer payer = validate(UUID.randomUUID(), draft);
		this.store.insert(payer, this.clock.instant());
		this.changes.record(LocalizedText.of("Redevable %s (%s) créé", "Payer %s (%s) created")
			.formatted(payer.reference(), payer.name()));
		return get(payer.id());
	}

	@Transactional
	Payer update(UUID id, PayerDraft draft) {
		stored(id);
		StoredPayer payer = validate(id, draft);
		this.store.update(payer, this.clock.instant());
		this.changes.record(LocalizedText.of("Redevable %s (%s) modifié", "Payer %s (%s) changed")
			.formatted(payer.reference(), payer.name()));
		return get(id);
	}

	@Transactional(readOnly = true)
	List<Exemption> exemptions(UUID payer) {
		stored(payer);
		return this.store.exemptions(payer);
	}

	@Transactional
	Exemption addExemption(UUID payerId, ExemptionDraft draft) {
		StoredPayer payer = stored(payerId);
		Violations violations = new Violations();
		if (draft == null) {
			draft = new ExemptionDraft(null, null, null, null);
		}
		violations.present("reason", Violations.clean(draft.reason()));
		violations.maxLength("reason", draft.reason(), 200);
		violations.present("proofReference", Violations.clean(draft.proofReference()));
		violations.maxLength("proofReference", draft.proofReference(), 100);
		if (violations.present("validFrom", draft.validFrom()) && draft.validTo() != null
				&& draft.validTo().isBefore(draft.validFrom())) {
			violations.add("validTo", "La fin précède le début.", "The end is before the start.");
		}
		violations.throwIfAny();
		Exemption exemption = new Exemption(UUID.randomUUID(), payerId, draft.reason().strip(),
				draft.proofReference().strip(), draft.validFrom(), draft.validTo());
		this.store.insertExemption(exemption);
		this.changes.record(LocalizedText.of("Exonération de %s : %s", "Exemption of %s: %s")
			.formatted(payer.reference(), exemption.reason()));
		return exemption;
	}

	@Transactional
	void removeExemption(UUID payerId, UUID exemption) {
		StoredPayer payer = stored(payerId);
		if (this.store.deleteExemption(payerId, exemption) == 0) {
			throw ApiProblem.notFound("exemption-not-found", "exemption",
					LocalizedText.of("Aucune exonération n'a l'identifiant %s.", "No exemption has the id %s.")
						.formatted(exemption));
		}
		this.changes.record(
				LocalizedText.of("Exonération de %s retirée", "Exemption of %s removed").formatted(payer.reference()));
	}

	private StoredPayer stored(UUID id) {
		return this.store.find(id)
			.orElseThrow(() -> ApiProblem.notFound("payer-not-found", "id",
					LocalizedText.of("Aucun redevable n'a l'identifiant %s.", "No payer has the id %s.")
						.formatted(id)));
	}

	private StoredPayer validate(UUID id, PayerDraft draft) {
		Violations violations = new Violations();
		if (draft == null) {
			draft = new PayerDraft(null, null, null, null, null, null, null, null, null);
		}
		violations.present("kind", draft.kind());
		String reference = Violations.clean(draft.reference());
		if (violations.present("reference", reference) && !REFERENCE.matcher(reference).matches()) {
			violations.add("reference", "Lettres, chiffres, points, tirets et barres obliques, 30 caractères au plus.",
					"Letters, digits, dots, dashes and slashes, at most 30 characters.");
		}
		violations.present("name", Violations.clean(draft.name()));
		violations.maxLength("name", draft.name(), 200);
		violations.present("address", Violations.clean(draft.address()));
		violations.maxLength("address", draft.address(), 300);
		if (violations.present("communeId", draft.communeId())
				&& !this.communes.byId().containsKey(draft.communeId())) {
			violations.add("communeId", "Cette commune n'est pas membre de la collectivité.",
					"This commune is not a member of the local authority.");
		}
		if (draft.kind() == PayerKind.HOUSEHOLD) {
			if (violations.present("householdSize", draft.householdSize())) {
				violations.between("householdSize", draft.householdSize(), 1, 30);
			}
		}
		violations.maxLength("firstName", draft.firstName(), 100);
		if (draft.kind() == PayerKind.PROFESSIONAL) {
			violations.present("professionalCategory", Violations.clean(draft.professionalCategory()));
			violations.maxLength("professionalCategory", draft.professionalCategory(), 40);
		}
		String siret = Violations.clean(draft.siret());
		if (siret != null) {
			siret = siret.replace(" ", "");
			if (!Siret.wellFormed(siret)) {
				violations.add("siret", "Le SIRET a 14 chiffres.", "A SIRET has 14 digits.");
			}
			else if (!Siret.valid(siret)) {
				violations.add("siret", "La clé de contrôle du SIRET ne correspond pas (vérifiez les chiffres).",
						"The SIRET's check digit does not match (check the digits).");
			}
		}
		if (violations.present("activeFrom", draft.activeFrom()) && draft.activeTo() != null
				&& draft.activeTo().isBefore(draft.activeFrom())) {
			violations.add("activeTo", "Le départ précède l'arrivée.", "The departure is before the arrival.");
		}
		violations.throwIfAny();
		this.store.byReference(reference).filter((other) -> !other.equals(id)).ifPresent((other) -> {
			throw ApiProblem.conflict("reference-taken", "reference",
					LocalizedText
						.of("La référence %s est déjà celle d'un autre redevable.",
								"The reference %s already belongs to another payer.")
						.formatted(reference));
		});
		boolean household = draft.kind() == PayerKind.HOUSEHOLD;
		return new StoredPayer(id, draft.kind(), reference, draft.name().strip(), draft.address().strip(),
				draft.communeId(), household ? draft.householdSize() : null,
				household ? null : draft.professionalCategory().strip(), draft.activeFrom(), draft.activeTo(),
				household ? draft.civility() : null, household ? Violations.clean(draft.firstName()) : null,
				household ? null : siret);
	}

	private static Payer payer(StoredPayer p, Map<UUID, MemberCommune> names) {
		return new Payer(p.id(), p.kind(), p.reference(), p.name(), p.address(), p.communeId(),
				communeName(names, p.communeId()), p.householdSize(), p.professionalCategory(), p.activeFrom(),
				p.activeTo(), p.civility(), p.firstName(), p.siret());
	}

	private static String communeName(Map<UUID, MemberCommune> names, UUID commune) {
		MemberCommune known = names.get(commune);
		return (known != null) ? known.name() : null;
	}

}
