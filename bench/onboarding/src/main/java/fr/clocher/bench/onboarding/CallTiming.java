package fr.clocher.bench.onboarding;

/**
 * How long one registry call took, from before the call to its return (its transaction
 * committed).
 *
 * @param number the call's place in the run, from 1
 * @param step the call
 * @param nanos its duration
 */
public record CallTiming(int number, OnboardingStep step, long nanos) {

	public long nanosPerTenant() {
		return this.nanos / Math.max(1, this.step.newTenants());
	}

}
