package fr.clocher.bench.onboarding;

/**
 * One call to the tenant registry.
 *
 * @param kind which registry operation
 * @param code the intercommunality's SIREN or the commune's INSEE code
 * @param name its name, for the report
 * @param newTenants how many tenants the call creates
 */
public record OnboardingStep(Kind kind, String code, String name, int newTenants) {

	public enum Kind {

		/** {@code TenantRegistry.onboardIntercommunality(siren)}. */
		INTERCOMMUNALITY,

		/** {@code TenantRegistry.createCommune(insee, null)}. */
		COMMUNE

	}

	@Override
	public String toString() {
		return (this.kind == Kind.INTERCOMMUNALITY) ? "onboardIntercommunality(" + this.code + " " + this.name + ")"
				: "createCommune(" + this.code + " " + this.name + ")";
	}

}
