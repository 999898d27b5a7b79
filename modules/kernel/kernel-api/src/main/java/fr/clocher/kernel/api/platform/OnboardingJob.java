package fr.clocher.kernel.api.platform;

import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;

/**
 * The onboarding of an intercommunality and all its member communes, running in the
 * background: one transaction, so it ends with all of them or none.
 *
 * @param id the job id
 * @param siren the intercommunality's SIREN
 * @param name its name
 * @param state running, done or failed
 * @param done how many member communes are recorded so far
 * @param total how many it has
 * @param tenantSlug the intercommunality's slug once done
 * @param error why it failed, in French and English
 */
public record OnboardingJob(UUID id, String siren, String name, State state, int done, int total, String tenantSlug,
		LocalizedText error) {

	/** Where the job stands. */
	public enum State {

		RUNNING, DONE, FAILED

	}

	/** Whether it ended, well or not. */
	public boolean finished() {
		return this.state != State.RUNNING;
	}

}
