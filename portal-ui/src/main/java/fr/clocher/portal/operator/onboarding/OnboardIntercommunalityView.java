package fr.clocher.portal.operator.onboarding;

import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import fr.clocher.kernel.api.platform.NewIntercommunality;
import fr.clocher.kernel.api.platform.OnboardingJob;
import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.api.platform.ReferenceIntercommunalityMatch;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.portal.operator.Failures;
import fr.clocher.portal.signin.PortalRole;

/**
 * Onboards an intercommunality with all its member communes, following the job's progress
 * by polling it every half second while it runs.
 */
@Route("operator/intercommunalities/new")
@Menu(title = "operator.menu.onboard", order = 120)
@RolesAllowed(PortalRole.PLATFORM_OPERATOR_NAME)
public class OnboardIntercommunalityView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	static final int POLL_MILLIS = 500;

	private static final int SUGGESTIONS = 20;

	private final PlatformApi api;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	final ComboBox<ReferenceIntercommunalityMatch> intercommunality = new ComboBox<>();

	final EmailField secretary = new EmailField();

	final Button start = new Button();

	final OnboardingProgress progress = new OnboardingProgress();

	final Paragraph error = Failures.alert("onboarding-error");

	private OnboardingJob job;

	private Registration polling;

	public OnboardIntercommunalityView(PlatformApi api) {
		this.api = api;
		this.intercommunality.setId("intercommunality");
		this.intercommunality.setRequiredIndicatorVisible(true);
		this.intercommunality.setItems(this::suggestions);
		this.intercommunality.setItemLabelGenerator(this::label);
		this.intercommunality.setWidthFull();
		this.intercommunality.addValueChangeListener((e) -> picked(e.getValue()));
		this.secretary.setId("secretary-email");
		this.secretary.setWidthFull();
		this.start.setId("start-onboarding");
		this.start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.start.setDisableOnClick(true);
		this.start.setEnabled(false);
		this.start.addClickListener((e) -> submit());
		FormLayout form = new FormLayout(this.intercommunality, this.secretary);
		form.setMaxWidth("40em");
		add(this.heading, this.intro, form, this.error, this.start, this.progress);
	}

	private Stream<ReferenceIntercommunalityMatch> suggestions(Query<ReferenceIntercommunalityMatch, String> query) {
		int offset = query.getOffset();
		int limit = Math.min(query.getLimit(), SUGGESTIONS);
		String text = query.getFilter().orElse("").trim();
		if (text.length() < 2 || offset > 0) {
			return Stream.empty();
		}
		try {
			return this.api.intercommunalities(text, limit).stream();
		}
		catch (RuntimeException ex) {
			ApiCall.failure(ex);
			return Stream.empty();
		}
	}

	private String label(ReferenceIntercommunalityMatch match) {
		String label = getTranslation("operator.onboard.label", match.name(), match.memberCount(), match.siren());
		return match.registered() ? label + " — " + getTranslation("operator.onboard.registered") : label;
	}

	private void picked(ReferenceIntercommunalityMatch match) {
		this.error.setVisible(false);
		boolean registered = match != null && match.registered();
		this.intercommunality.setInvalid(registered);
		this.intercommunality
			.setErrorMessage(registered ? getTranslation("operator.onboard.already", match.name()) : null);
		this.start.setEnabled(match != null && !registered && !running());
	}

	private void submit() {
		this.error.setVisible(false);
		ReferenceIntercommunalityMatch match = this.intercommunality.getValue();
		String email = this.secretary.getValue();
		try {
			OnboardingJob started = this.api
				.startOnboarding(new NewIntercommunality(match.siren(), email.isBlank() ? null : email.trim()))
				.getBody();
			follow(started);
		}
		catch (RuntimeException ex) {
			showError(ApiError.of(ex));
			this.start.setEnabled(true);
		}
	}

	private void follow(OnboardingJob started) {
		this.job = started;
		this.intercommunality.setReadOnly(true);
		this.secretary.setReadOnly(true);
		this.start.setEnabled(false);
		this.progress.show(started);
		getUI().ifPresent((ui) -> {
			ui.setPollInterval(POLL_MILLIS);
			if (this.polling == null) {
				this.polling = ui.addPollListener(this::poll);
			}
		});
	}

	private void poll(PollEvent event) {
		if (this.job == null) {
			return;
		}
		try {
			this.job = this.api.onboardingJob(this.job.id());
		}
		catch (RuntimeException ex) {
			ApiCall.failure(ex);
			stopPolling();
			return;
		}
		this.progress.show(this.job);
		if (this.job.finished()) {
			stopPolling();
			this.intercommunality.setReadOnly(false);
			this.secretary.setReadOnly(false);
			if (this.job.state() == OnboardingJob.State.DONE) {
				ApiCall.success(getTranslation("operator.onboard.done", this.job.name(), this.job.total()));
				this.intercommunality.clear();
				this.secretary.clear();
			}
			else {
				this.error.setText(this.job.error().in(getLocale()));
				this.error.setVisible(true);
				this.start.setEnabled(true);
			}
		}
	}

	private boolean running() {
		return this.job != null && !this.job.finished();
	}

	private void showError(ApiError failure) {
		String reason = failure.field("siren");
		if (reason != null) {
			this.intercommunality.setInvalid(true);
			this.intercommunality.setErrorMessage(reason);
		}
		else if (failure.field("secretaryEmail") != null) {
			this.secretary.setInvalid(true);
			this.secretary.setErrorMessage(failure.field("secretaryEmail"));
		}
		else {
			this.error.setText(failure.message());
			this.error.setVisible(true);
		}
	}

	private void stopPolling() {
		if (this.polling != null) {
			this.polling.remove();
			this.polling = null;
		}
		getUI().ifPresent((ui) -> ui.setPollInterval(-1));
	}

	@Override
	protected void onAttach(AttachEvent event) {
		if (running()) {
			follow(this.job);
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		stopPolling();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("operator.onboard.heading"));
		this.intro.setText(getTranslation("operator.onboard.intro"));
		this.intercommunality.setLabel(getTranslation("operator.onboard.field"));
		this.intercommunality.setPlaceholder(getTranslation("operator.onboard.placeholder"));
		this.secretary.setLabel(getTranslation("operator.secretary.field"));
		this.secretary.setHelperText(getTranslation("operator.secretary.helper"));
		this.secretary.setErrorMessage(getTranslation("operator.secretary.invalid"));
		this.start.setText(getTranslation("operator.onboard.start"));
		if (this.job != null) {
			this.progress.show(this.job);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("operator.onboard.title");
	}

	/** For tests: the UI this view polls from. */
	UI ui() {
		return getUI().orElseThrow();
	}

}
