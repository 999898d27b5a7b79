package fr.clocher.bench.onboarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.clocher.bench.onboarding.OnboardingStep.Kind;
import fr.clocher.tenant.reference.ReferenceCommune;
import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.reference.ReferenceIntercommunality;

/**
 * The registry calls of a run, from the official reference: first a few communes that
 * belong to no intercommunality (the baseline, measured alone), then every
 * intercommunality with its members, then the remaining lone communes. Every commune is
 * created exactly once; the order is fixed (by code) so runs compare.
 *
 * @param baseline the first calls, one tenant each
 * @param rest every other call
 * @param communes how many communes the plan creates
 * @param intercommunalities how many intercommunalities it creates
 * @param memberships how many commune memberships it records
 */
public record OnboardingPlan(List<OnboardingStep> baseline, List<OnboardingStep> rest, int communes,
		int intercommunalities, int memberships) {

	public static OnboardingPlan from(ReferenceData reference, BenchSettings settings) {
		List<ReferenceIntercommunality> epcis = reference.intercommunalities()
			.stream()
			.sorted(Comparator.comparing(ReferenceIntercommunality::siren))
			.limit(limit(settings.intercommunalities()))
			.toList();
		Set<String> members = new HashSet<>();
		reference.intercommunalities().forEach((epci) -> members.addAll(epci.memberInseeCodes()));
		List<ReferenceCommune> lone = reference.communes()
			.stream()
			.filter((commune) -> !members.contains(commune.inseeCode()))
			.sorted(Comparator.comparing(ReferenceCommune::inseeCode))
			.limit(limit(settings.loneCommunes()))
			.toList();
		int baselineSize = Math.min(settings.baselineTenants(), lone.size());
		if (baselineSize == 0) {
			throw new IllegalArgumentException("The baseline needs at least one commune of no intercommunality");
		}
		List<OnboardingStep> baseline = lone.subList(0, baselineSize).stream().map(OnboardingPlan::commune).toList();
		List<OnboardingStep> rest = new ArrayList<>();
		int memberships = 0;
		for (ReferenceIntercommunality epci : epcis) {
			int size = epci.memberInseeCodes().size();
			rest.add(new OnboardingStep(Kind.INTERCOMMUNALITY, epci.siren(), epci.name(), 1 + size));
			memberships += size;
		}
		lone.subList(baselineSize, lone.size()).forEach((commune) -> rest.add(commune(commune)));
		return new OnboardingPlan(baseline, List.copyOf(rest), memberships + lone.size(), epcis.size(), memberships);
	}

	public int tenants() {
		return this.communes + this.intercommunalities;
	}

	public int intercommunalityCalls() {
		return (int) this.rest.stream().filter((step) -> step.kind() == Kind.INTERCOMMUNALITY).count();
	}

	private static OnboardingStep commune(ReferenceCommune commune) {
		return new OnboardingStep(Kind.COMMUNE, commune.inseeCode(), commune.name(), 1);
	}

	private static long limit(int wanted) {
		return (wanted == BenchSettings.ALL) ? Long.MAX_VALUE : wanted;
	}

}
