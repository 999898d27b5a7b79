package fr.clocher.announcements.ui.news;

import java.time.LocalDateTime;
import java.util.Map;

import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.Publication;
import fr.clocher.announcements.ui.AnnouncementsViewTest;
import fr.clocher.announcements.ui.Problems;
import fr.clocher.announcements.ui.support.PreviewDialog;
import fr.clocher.kernel.api.Paris;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing a news item: its draft, its image with its alternative text, publishing it now
 * or at a set time, and taking it back, archiving or deleting it only once confirmed.
 */
class NewsEditorViewTests extends AnnouncementsViewTest {

	@Test
	void aNewItemIsSavedAsADraft() {
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Travaux rue de l'Église");
		test(editor.form.category).setValue("Travaux");
		test(editor.form.summary).setValue("Du 3 au 14 mars.");
		test(editor.form.body).setValue("<p>La rue sera fermée.</p>");
		test(editor.save).click();

		assertThat(this.news.calls).containsExactly("saint-martin create Travaux rue de l'Église");
		News saved = this.news.news.values().iterator().next();
		assertThat(saved.category()).isEqualTo("Travaux");
		assertThat(saved.summary()).isEqualTo("Du 3 au 14 mars.");
		assertThat(saved.body()).isEqualTo("<p>La rue sera fermée.</p>");
		assertThat(notification()).isEqualTo("Modifications enregistrées.");
		assertThat(editor.status.getText()).isEqualTo("Brouillon (non publié)");
		assertThat(editor.unpublish.isVisible()).isFalse();
		assertThat(editor.publicLink.isVisible()).isFalse();
	}

	@Test
	void previewingSavesTheDraftThenShowsTheServicesPageInASandboxedFrame() {
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Fête du village");
		assertThat(editor.preview.getText()).isEqualTo("Prévisualiser");
		test(editor.preview).click();

		News saved = this.news.news.values().iterator().next();
		assertThat(this.news.calls).containsExactly("saint-martin create Fête du village");
		assertThat(this.audience.previewed).containsExactly(saved.id());
		PreviewDialog dialog = $(PreviewDialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Aperçu : l'annonce telle que les habitants la verront");
		assertThat(dialog.page.getSrcdoc())
			.hasValueSatisfying((html) -> assertThat(html).contains("<h1>Aperçu de " + saved.id() + "</h1>"));
		assertThat(dialog.page.getElement().getAttribute("sandbox")).isEmpty();
		assertThat(saved.status()).isEqualTo(AnnouncementStatus.DRAFT);
	}

	@Test
	void aPublishedItemIsSeenOnTheSiteNotPreviewed() {
		News item = this.news.add("Repas des aînés", null, AnnouncementStatus.PUBLISHED);
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		assertThat(editor.preview.isVisible()).isFalse();
		assertThat(editor.publicLink.isVisible()).isTrue();
	}

	@Test
	void publishingNowSavesThenPublishesAndLinksToTheSite() {
		News item = this.news.add("Repas des aînés", null, AnnouncementStatus.DRAFT);
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		test(editor.form.summary).setValue("Le 12 janvier à la salle des fêtes.");
		test(editor.publishNow).click();

		assertThat(this.news.calls).containsExactly("saint-martin update Repas des aînés",
				"saint-martin publish Repas des aînés");
		assertThat(this.news.news.get(item.id()).status()).isEqualTo(AnnouncementStatus.PUBLISHED);
		assertThat(this.news.news.get(item.id()).summary()).isEqualTo("Le 12 janvier à la salle des fêtes.");
		assertThat(notification()).isEqualTo("Annonce publiée : visible sur le site dès maintenant.");
		assertThat(editor.status.getText()).startsWith("En ligne depuis le ");
		assertThat(editor.publicLink.isVisible()).isTrue();
		assertThat(editor.publicLink.getHref())
			.isEqualTo("http://saint-martin.clocher.localhost:8080/actualites/" + item.id());
		assertThat(editor.unpublish.isVisible()).isTrue();
		assertThat(editor.publishNow.isVisible()).isFalse();
		assertThat(editor.schedule.isVisible()).isFalse();
	}

	@Test
	void aScheduledItemShowsItsMomentReadyToChange() {
		News item = this.news.add("Vœux du maire", null, AnnouncementStatus.DRAFT);
		this.news.publishNews("saint-martin", item.id(), new Publication(LATER.atZone(Paris.ZONE).toInstant()));
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));

		assertThat(editor.publishAt.getValue()).isEqualTo(LATER);
		assertThat(editor.publishNow.isVisible()).isTrue();
		assertThat(editor.unpublish.isVisible()).isTrue();
	}

	@Test
	void publishingAtASetTimeSchedulesIt() {
		News item = this.news.add("Vœux du maire", null, AnnouncementStatus.DRAFT);
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		test(editor.publishAt).setValue(LATER);
		test(editor.schedule).click();

		News scheduled = this.news.news.get(item.id());
		assertThat(scheduled.status()).isEqualTo(AnnouncementStatus.SCHEDULED);
		assertThat(scheduled.publishAt()).isEqualTo(LATER.atZone(Paris.ZONE).toInstant());
		assertThat(notification()).isEqualTo("Publication programmée le 8 déc. 2099 18:00.");
		assertThat(editor.status.getText()).isEqualTo("Publication programmée le 8 déc. 2099 18:00");
		assertThat(editor.publicLink.isVisible()).isFalse();
		assertThat(editor.unpublish.isVisible()).isTrue();
	}

	@Test
	void aRefusedMomentShowsOnThePublicationField() {
		News item = this.news.add("Vœux du maire", null, AnnouncementStatus.DRAFT);
		this.news.failOn = "publish";
		this.news.failure = Problems.refusal(HttpStatus.BAD_REQUEST, "invalid-request", "at",
				"Une publication se programme dans l'année qui vient.");
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		test(editor.publishAt).setValue(LATER);
		test(editor.schedule).click();

		assertThat(this.news.news.get(item.id()).status()).isEqualTo(AnnouncementStatus.DRAFT);
		assertThat(editor.publishAt.isInvalid()).isTrue();
		assertThat(notification()).isEqualTo("Publier le : Une publication se programme dans l'année qui vient.");
	}

	@Test
	void schedulingWithoutAMomentAsksForOneAndSendsNothing() {
		News item = this.news.add("Vœux du maire", null, AnnouncementStatus.DRAFT);
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		test(editor.schedule).click();

		assertThat(this.news.calls).isEmpty();
		assertThat(editor.publishAt.isInvalid()).isTrue();
		assertThat(editor.publishAt.getErrorMessage()).isEqualTo("Choisissez le jour et l'heure de la publication.");
	}

	@Test
	void takingItOffTheSiteIsAskedFirstAndCancellingChangesNothing() {
		News item = this.news.add("Fête du village", null, AnnouncementStatus.PUBLISHED);
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		test(editor.unpublish).click();

		assertThat(test(confirmation()).getHeader()).isEqualTo("Retirer cette annonce du site ?");
		assertThat(this.news.calls).isEmpty();
		test(confirmation()).cancel();
		assertThat(this.news.calls).isEmpty();
		assertThat(this.news.news.get(item.id()).status()).isEqualTo(AnnouncementStatus.PUBLISHED);

		test(editor.unpublish).click();
		test(confirmation()).confirm();
		assertThat(this.news.calls).containsExactly("saint-martin unpublish Fête du village");
		assertThat(this.news.news.get(item.id()).status()).isEqualTo(AnnouncementStatus.DRAFT);
		assertThat(editor.status.getText()).isEqualTo("Brouillon (non publié)");
		assertThat(notification()).isEqualTo("Annonce remise en brouillon : plus visible sur le site.");
	}

	@Test
	void archivingIsConfirmedThenKeepsItForTheRecord() {
		News item = this.news.add("Élections", null, AnnouncementStatus.PUBLISHED);
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		test(editor.archive).click();
		test(confirmation()).confirm();

		assertThat(this.news.news.get(item.id()).status()).isEqualTo(AnnouncementStatus.ARCHIVED);
		assertThat(editor.status.getText()).isEqualTo("Aux archives");
		assertThat(editor.archive.isVisible()).isFalse();
	}

	@Test
	void deletingIsConfirmedThenReturnsToTheList() {
		News item = this.news.add("Erreur", null, AnnouncementStatus.DRAFT);
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		test(editor.delete).click();
		assertThat(this.news.news).containsKey(item.id());
		test(confirmation()).confirm();

		assertThat(this.news.news).isEmpty();
		assertThat(notification()).isEqualTo("Annonce supprimée.");
		assertThat(getCurrentView()).isInstanceOf(NewsListView.class);
	}

	@Test
	void aMissingTitleIsRefusedOnTheTitleAndNamedInTheNotification() {
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", "new"));
		test(editor.form.body).setValue("<p>Sans titre</p>");
		test(editor.publishNow).click();

		assertThat(this.news.news).isEmpty();
		assertThat(editor.form.title.isInvalid()).isTrue();
		assertThat(editor.form.title.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
		assertThat(notification()).isEqualTo("Titre : Ce champ est obligatoire.");
		assertThat(editor.status.getText()).isEqualTo("Nouvelle annonce, pas encore enregistrée");
	}

	@Test
	void theImageIsUploadedWithItsAlternativeTextAndTheItemRefersToIt() {
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Nouveau city-stade");
		test(editor.form.addImage).click();
		ImageDialog dialog = $(ImageDialog.class).last();
		test($(Upload.class, dialog).first()).upload("stade.png", "image/png", new byte[] { 1, 2, 3 });
		test(dialog.alt).setValue("Le city-stade neuf, derrière l'école");
		test(dialog.confirm).click();
		test(editor.save).click();

		assertThat(this.images.images.values()).singleElement()
			.satisfies((image) -> assertThat(image.alt()).isEqualTo("Le city-stade neuf, derrière l'école"));
		assertThat(this.images.contents.values()).singleElement().isEqualTo(new byte[] { 1, 2, 3 });
		News saved = this.news.news.values().iterator().next();
		assertThat(saved.imageId()).isEqualTo(this.images.images.keySet().iterator().next());
		assertThat(editor.form.image.getText()).isEqualTo("Image : « Le city-stade neuf, derrière l'école »");
	}

	@Test
	void anImageWithoutAlternativeTextIsNotSent() {
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", "new"));
		test(editor.form.addImage).click();
		ImageDialog dialog = $(ImageDialog.class).last();
		test($(Upload.class, dialog).first()).upload("stade.png", "image/png", new byte[] { 1, 2, 3 });
		test(dialog.confirm).click();

		assertThat(this.images.calls).isEmpty();
		assertThat(dialog.alt.isInvalid()).isTrue();
		assertThat(dialog.alt.getErrorMessage()).isEqualTo("Décrivez l'image : ce texte est obligatoire.");
		assertThat(dialog.isOpened()).isTrue();
		assertThat(editor.form.imageId()).isNull();
	}

	@Test
	void anUnknownAddressSaysTheAnnouncementDoesNotExist() {
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", "pas-une-actualite"));
		assertThat(editor.status.getText()).isEqualTo("Cette annonce n'existe pas (ou plus).");
		assertThat(editor.save.isVisible()).isFalse();
		assertThat(editor.publishNow.isVisible()).isFalse();
	}

	@Test
	void aScheduledMomentIsTypedInParisTime() {
		News item = this.news.add("Marché de Noël", null, AnnouncementStatus.DRAFT);
		NewsEditorView editor = navigate(NewsEditorView.class, Map.of("id", item.id().toString()));
		test(editor.publishAt).setValue(LocalDateTime.of(2099, 7, 14, 9, 30));
		test(editor.schedule).click();

		assertThat(this.news.news.get(item.id()).publishAt().toString()).isEqualTo("2099-07-14T07:30:00Z");
	}

}
