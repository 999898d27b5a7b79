package fr.clocher.wastebilling.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

import fr.clocher.wastebilling.api.WasteJob;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A background job followed from a screen: the browser polls while the job runs, each
 * poll reads the job, and its progress shows on a bar and a sentence.
 */
public final class JobPolling {

	/** How often the browser asks, in milliseconds, while a job runs. */
	public static final int INTERVAL = 500;

	private JobPolling() {
	}

	/**
	 * Runs {@code onPoll} on each of the browser's polls while the screen is attached;
	 * the polling stops when it is left.
	 * @param screen the screen
	 * @param onPoll what each poll does
	 */
	public static void onPolls(Component screen, Runnable onPoll) {
		Registration[] listening = new Registration[1];
		screen.addAttachListener((event) -> listening[0] = event.getUI().addPollListener((poll) -> onPoll.run()));
		screen.addDetachListener((event) -> {
			if (listening[0] != null) {
				listening[0].remove();
			}
			event.getUI().setPollInterval(-1);
		});
	}

	/**
	 * Shows a running job's progress: done of total on the bar, in words by a bundle key
	 * taking (done, total); the bar moving without a value while the total is unknown.
	 * @param bar the bar
	 * @param text the sentence
	 * @param job the job
	 * @param key the sentence's key
	 * @param unknownKey the sentence's key without a total, taking (done); null to keep
	 * the text as it is
	 */
	public static void show(ProgressBar bar, HasText text, WasteJob job, String key, String unknownKey) {
		if (job.total() != null && job.total() > 0) {
			bar.setIndeterminate(false);
			bar.setValue(Math.min(1.0, (double) job.done() / job.total()));
			text.setText(translate(key, job.done(), job.total()));
		}
		else {
			bar.setIndeterminate(true);
			if (unknownKey != null) {
				text.setText(translate(unknownKey, job.done()));
			}
		}
	}

}
