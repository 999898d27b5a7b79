package fr.clocher.portal.operator.onboarding;

import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import fr.clocher.kernel.api.platform.OnboardingJob;

/**
 * A job's progress: a labelled bar (indeterminate until the first members are written)
 * and the count in words, announced politely to screen readers.
 */
class OnboardingProgress extends VerticalLayout {

	final ProgressBar bar = new ProgressBar();

	final Span status = new Span();

	OnboardingProgress() {
		NativeLabel label = new NativeLabel();
		label.setId("onboarding-progress-label");
		this.bar.setId("onboarding-progress");
		this.bar.getElement().setAttribute("aria-labelledby", "onboarding-progress-label");
		this.status.setId("onboarding-status");
		this.status.getElement().setAttribute("aria-live", "polite");
		setPadding(false);
		setMaxWidth("40em");
		add(label, this.bar, this.status);
		setVisible(false);
		addAttachListener((e) -> label.setText(getTranslation("operator.onboard.progress")));
	}

	void show(OnboardingJob job) {
		setVisible(true);
		this.bar.setIndeterminate(job.state() == OnboardingJob.State.RUNNING && job.done() == 0);
		this.bar.setMin(0);
		this.bar.setMax(Math.max(job.total(), 1));
		this.bar.setValue(Math.min(job.done(), Math.max(job.total(), 1)));
		this.status.setText(
				getTranslation("operator.onboard.state." + job.state().name(), job.done(), job.total(), job.name()));
	}

}
