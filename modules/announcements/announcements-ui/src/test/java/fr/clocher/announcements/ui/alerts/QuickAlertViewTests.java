package fr.clocher.announcements.ui.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.ui.AnnouncementsViewTest;
import fr.clocher.kernel.api.Paris;

import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert in three fields: what, where, until when, one click, on the site.
 */
class QuickAlertViewTests extends AnnouncementsViewTest {

	@Test
	void threeFieldsAndOneClickPublishTheAlert() {
		QuickAlertView view = navigate(QuickAlertView.class);
		test(view.form.what).setValue("Coupure d'eau");
		test(view.form.where).setValue("Rue des Écoles");
		test(view.form.until).setValue(LATER);
		test(view.post).click();

		assertThat(this.alerts.calls).containsExactly("saint-martin create Coupure d'eau",
				"saint-martin publish Coupure d'eau");
		Alert alert = this.alerts.alerts.values().iterator().next();
		assertThat(alert.status()).isEqualTo(AnnouncementStatus.PUBLISHED);
		assertThat(alert.where()).isEqualTo("Rue des Écoles");
		assertThat(alert.until()).isEqualTo(LATER.atZone(Paris.ZONE).toInstant());
		assertThat(notification()).isEqualTo("Alerte publiée : elle reste sur le site jusqu'au 8 déc. 2099 18:00.");
		assertThat(view.form.what.getValue()).isEmpty();
		assertThat(view.form.until.getValue()).isNull();
	}

	@Test
	void anEndAlreadyPassedIsRefusedOnTheUntilFieldAndTheNotificationNamesIt() {
		QuickAlertView view = navigate(QuickAlertView.class);
		test(view.form.what).setValue("Route fermée");
		test(view.form.until).setValue(LocalDateTime.of(2020, 1, 1, 8, 0));
		test(view.post).click();

		assertThat(this.alerts.alerts).isEmpty();
		assertThat(view.form.until.isInvalid()).isTrue();
		assertThat(view.form.until.getErrorMessage())
			.isEqualTo("La fin de l'alerte est déjà passée : choisissez une date à venir.");
		assertThat(view.form.what.isInvalid()).isFalse();
		assertThat(notification())
			.isEqualTo("Jusqu'à quand : La fin de l'alerte est déjà passée : choisissez une date à venir.");
		assertThat(view.form.what.getValue()).isEqualTo("Route fermée");
		assertThat(view.post.isEnabled()).isTrue();
	}

	@Test
	void everyMissingFieldIsNamed() {
		QuickAlertView view = navigate(QuickAlertView.class);
		test(view.post).click();

		assertThat(this.alerts.alerts).isEmpty();
		assertThat(view.form.what.isInvalid()).isTrue();
		assertThat(view.form.until.isInvalid()).isTrue();
		assertThat(notification())
			.isEqualTo("Quoi : Ce champ est obligatoire. Jusqu'à quand : Ce champ est obligatoire.");
	}

	@Test
	void inEnglishTheRefusalNamesTheFieldInEnglish() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		QuickAlertView view = navigate(QuickAlertView.class);
		test(view.form.what).setValue("Road closed");
		test(view.form.until).setValue(LocalDateTime.of(2020, 1, 1, 8, 0));
		test(view.post).click();

		assertThat(notification())
			.isEqualTo("Until when: The alert's end has already passed: choose a moment to come.");
		assertThat(view.form.until.getErrorMessage())
			.isEqualTo("The alert's end has already passed: choose a moment to come.");
	}

	@Test
	void aPublicationThatFailedIsRetriedOnTheSameDraftNotASecondAlert() {
		QuickAlertView view = navigate(QuickAlertView.class);
		test(view.form.what).setValue("Tempête");
		test(view.form.until).setValue(LATER);
		this.alerts.failOn = "publish";
		this.alerts.failure = new ResourceAccessException("I/O error on POST request: Connection refused");
		test(view.post).click();

		assertThat(notification())
			.isEqualTo("Le service est momentanément injoignable. Réessayez dans quelques instants.");
		assertThat(this.alerts.alerts.values()).extracting(Alert::status).containsExactly(AnnouncementStatus.DRAFT);
		assertThat(view.form.what.getValue()).isEqualTo("Tempête");

		test(view.post).click();

		assertThat(this.alerts.calls).containsExactly("saint-martin create Tempête", "saint-martin update Tempête",
				"saint-martin publish Tempête");
		assertThat(this.alerts.alerts.values()).extracting(Alert::status).containsExactly(AnnouncementStatus.PUBLISHED);
	}

	@Test
	void usualEndsAreOneClickEachInParisTime() {
		QuickAlertView view = navigate(QuickAlertView.class);
		LocalDate today = LocalDate.now(Paris.ZONE);

		test($(Button.class).id("quick-until-tonight")).click();
		assertThat(view.form.until.getValue()).isEqualTo(today.atTime(23, 59));
		test($(Button.class).id("quick-until-tomorrow")).click();
		assertThat(view.form.until.getValue()).isEqualTo(today.plusDays(1).atTime(18, 0));
		test($(Button.class).id("quick-until-week")).click();
		assertThat(view.form.until.getValue()).isEqualTo(today.plusDays(7).atTime(18, 0));

		test(view.form.what).setValue("Travaux sur le réseau d'eau");
		test(view.post).click();
		assertThat(this.alerts.alerts.values()).singleElement()
			.satisfies((alert) -> assertThat(alert.until())
				.isEqualTo(today.plusDays(7).atTime(18, 0).atZone(Paris.ZONE).toInstant()));
	}

}
