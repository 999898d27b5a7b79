package fr.clocher.portal.operator.onboarding;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.platform.OnboardingJob;
import fr.clocher.portal.operator.FakePlatformApi;
import fr.clocher.portal.signin.WithPortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding an intercommunality with its progress, over the in-memory operator API; the
 * browser's polls are played by the test.
 */
@SpringBootTest
@Import(FakePlatformApi.Config.class)
@WithPortalUser(username = "ops", givenName = "Paul", familyName = "Martin", roles = "platform-operator", communes = {})
class OnboardIntercommunalityViewTests extends SpringBrowserlessTest {

	@Autowired
	FakePlatformApi api;

	OnboardIntercommunalityView view;

	@BeforeEach
	void open() {
		this.api.reset();
		UI.getCurrent().setLocale(Locale.FRANCE);
		this.view = navigate(OnboardIntercommunalityView.class);
	}

	@Test
	void theProgressBarFollowsTheJobUntilDoneAndTheButtonCannotBeUsedMeanwhile() {
		pick("seignanx", "CC du Seignanx — 8 communes (SIREN 244000659)");
		test(this.view.secretary).setValue("secretariat@seignanx.fr");
		test(this.view.start).click();

		assertThat(this.api.calls).contains("startOnboarding(244000659,secretariat@seignanx.fr)");
		assertThat(this.view.start.isEnabled()).isFalse();
		assertThat(this.view.start.isDisableOnClick()).isTrue();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(OnboardIntercommunalityView.POLL_MILLIS);
		assertThat(this.view.progress.bar.isIndeterminate()).isTrue();

		this.api.progress(3, OnboardingJob.State.RUNNING, null);
		poll();
		assertThat(this.view.progress.bar.isIndeterminate()).isFalse();
		assertThat(this.view.progress.bar.getValue()).isEqualTo(3);
		assertThat(this.view.progress.bar.getMax()).isEqualTo(8);
		assertThat(this.view.progress.status.getText()).isEqualTo("Inscription de CC du Seignanx : 3 communes sur 8…");
		assertThat(this.view.start.isEnabled()).isFalse();

		this.api.progress(8, OnboardingJob.State.DONE, null);
		poll();
		assertThat(this.view.progress.status.getText()).isEqualTo("CC du Seignanx est inscrite avec ses 8 communes.");
		assertThat(test($(Notification.class).last()).getText())
			.isEqualTo("CC du Seignanx est inscrite avec ses 8 communes.");
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
		assertThat(this.api.calls.stream().filter((call) -> call.startsWith("startOnboarding"))).hasSize(1);
	}

	@Test
	void aFailedJobSaysWhyAndLetsTheOperatorTryAgain() {
		pick("seignanx", "CC du Seignanx — 8 communes (SIREN 244000659)");
		test(this.view.start).click();
		this.api.progress(0, OnboardingJob.State.FAILED,
				LocalizedText.of("L'identifiant « tarnos » est déjà utilisé.", "The slug 'tarnos' is already used."));
		poll();

		assertThat(this.view.error.getText()).isEqualTo("L'identifiant « tarnos » est déjà utilisé.");
		assertThat(this.view.error.isVisible()).isTrue();
		assertThat(this.view.progress.status.getText())
			.isEqualTo("L’inscription de CC du Seignanx a échoué ; rien n’a été enregistré.");
		assertThat(this.view.start.isEnabled()).isTrue();
	}

	@Test
	void anIntercommunalityAlreadyRegisteredIsRefusedBeforeAndByTheApi() {
		pick("sicoval", "CA du Sicoval — 36 communes (SIREN 243100633) — déjà inscrite");
		assertThat(this.view.intercommunality.isInvalid()).isTrue();
		assertThat(this.view.start.isEnabled()).isFalse();

		pick("seignanx", "CC du Seignanx — 8 communes (SIREN 244000659)");
		this.api.failure = () -> FakePlatformApi.problem(HttpStatus.CONFLICT,
				"« CC du Seignanx » est déjà inscrite sur la plateforme.", "siren",
				"« CC du Seignanx » est déjà inscrite sur la plateforme.");
		test(this.view.start).click();
		assertThat(this.view.intercommunality.getErrorMessage())
			.isEqualTo("« CC du Seignanx » est déjà inscrite sur la plateforme.");
		assertThat(this.view.start.isEnabled()).isTrue();
	}

	@Test
	void theFormSpeaksEnglishToo() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		assertThat(this.view.intercommunality.getLabel()).isEqualTo("Intercommunality");
		assertThat(this.view.start.getText()).isEqualTo("Register the intercommunality");
	}

	private void pick(String filter, String label) {
		test(this.view.intercommunality).setFilter(filter);
		test(this.view.intercommunality).selectItem(label);
	}

	private void poll() {
		UI ui = UI.getCurrent();
		ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
	}

}
