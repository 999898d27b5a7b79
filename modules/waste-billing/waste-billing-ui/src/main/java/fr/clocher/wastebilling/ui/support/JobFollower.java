package fr.clocher.wastebilling.ui.support;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.WasteJob;

/**
 * A screen's background job (a run's print, a PES file) followed until it ends: the bar
 * and its sentence while it runs (the browser polling), then what is done with its
 * result, or its failure shown as a refusal.
 */
public final class JobFollower {

	private final Component screen;

	private final ProgressBar bar;

	private final Paragraph text;

	private final Function<UUID, WasteJob> read;

	private final String progressKey;

	private final Consumer<WasteJob> onDone;

	private final Runnable onEnd;

	private final ApiCall api = new ApiCall();

	/** The job being followed, null when none. */
	private UUID job;

	/**
	 * @param screen the screen showing it (the polling stops when it is left)
	 * @param bar its progress bar
	 * @param text its sentence
	 * @param read reads the job again
	 * @param progressKey the sentence's key while it runs, taking (done, total)
	 * @param onDone what to do with a job done
	 * @param onEnd what to do when it ends, whatever the outcome (before {@code onDone})
	 */
	public JobFollower(Component screen, ProgressBar bar, Paragraph text, Function<UUID, WasteJob> read,
			String progressKey, Consumer<WasteJob> onDone, Runnable onEnd) {
		this.screen = screen;
		this.bar = bar;
		this.text = text;
		this.read = read;
		this.progressKey = progressKey;
		this.onDone = onDone;
		this.onEnd = onEnd;
		JobPolling.onPolls(screen, this::poll);
	}

	/**
	 * Follows a job just started: the bar moving, the sentence, the browser polling.
	 * @param started the job
	 * @param startingText what the sentence says until the first progress
	 */
	public void follow(WasteJob started, String startingText) {
		this.job = started.id();
		this.bar.setIndeterminate(true);
		this.bar.setVisible(true);
		this.text.setText(startingText);
		this.text.setVisible(true);
		this.screen.getUI().ifPresent((ui) -> ui.setPollInterval(JobPolling.INTERVAL));
	}

	private void poll() {
		if (this.job == null) {
			return;
		}
		UUID id = this.job;
		Optional<WasteJob> now = this.api.run(() -> this.read.apply(id));
		if (now.isPresent() && now.get().state() == JobState.RUNNING) {
			JobPolling.show(this.bar, this.text, now.get(), this.progressKey, null);
			return;
		}
		this.job = null;
		this.screen.getUI().ifPresent((ui) -> ui.setPollInterval(-1));
		this.bar.setVisible(false);
		this.text.setVisible(false);
		this.onEnd.run();
		now.ifPresent((ended) -> {
			if (ended.state() == JobState.DONE) {
				this.onDone.accept(ended);
			}
			else {
				ApiCall.failure(new ApiError(409, ended.message(), Map.of()));
			}
		});
	}

}
