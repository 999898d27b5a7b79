package fr.clocher.announcements.ui.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertDraft;
import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.Publication;
import fr.clocher.announcements.ui.support.Buttons;
import fr.clocher.announcements.ui.support.Dates;
import fr.clocher.announcements.ui.support.FormCall;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * An alert in three fields (what, where, until when), on the site at once: the water cut,
 * the closed road, the storm. One click publishes it; if publishing fails after the draft
 * was saved, the next click publishes that same draft rather than a second one.
 */
@Route("announcements/quick-alert")
@PageTitle("Alerte")
@ModuleView(Announcements.KEY)
@PermitAll
public class QuickAlertView extends ModuleScreen {

	public final FormCall calls = new FormCall();

	public final AlertForm form = new AlertForm(this.calls, false);

	public final Button post = Buttons.of("post-alert", translate("announcements.quick.post"), VaadinIcon.BELL,
			ButtonVariant.LUMO_ERROR, this::post);

	private final AlertsApi alertsApi;

	private Alert unpublished;

	public QuickAlertView(AlertsApi alertsApi) {
		super(translate("announcements.quick.title"), translate("announcements.quick.intro"));
		this.alertsApi = alertsApi;
		this.post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.form.what.setAutofocus(true);
		HorizontalLayout presets = new HorizontalLayout(
				preset("quick-until-tonight", translate("announcements.quick.until-tonight"),
						() -> LocalDate.now(Paris.ZONE).atTime(23, 59)),
				preset("quick-until-tomorrow", translate("announcements.quick.until-tomorrow"),
						() -> LocalDate.now(Paris.ZONE).plusDays(1).atTime(18, 0)),
				preset("quick-until-week", translate("announcements.quick.until-week"),
						() -> LocalDate.now(Paris.ZONE).plusDays(7).atTime(18, 0)));
		presets.setWrap(true);
		add(this.form, presets, new HorizontalLayout(this.post,
				new RouterLink(translate("announcements.quick.all-alerts"), AlertsListView.class)));
	}

	/** A button that sets the end to a usual moment, in Paris time. */
	private Button preset(String id, String label, Supplier<LocalDateTime> until) {
		Button button = new Button(label, (event) -> this.form.until.setValue(until.get()));
		button.setId(id);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		return button;
	}

	private void post() {
		AlertDraft draft = this.form.draft();
		Alert pending = this.unpublished;
		this.calls
			.run(() -> (pending == null) ? this.alertsApi.createAlert(tenant(), draft)
					: this.alertsApi.updateAlert(tenant(), pending.id(), draft))
			.ifPresent((saved) -> {
				this.unpublished = saved;
				this.calls.run(() -> this.alertsApi.publishAlert(tenant(), saved.id(), Publication.now()))
					.ifPresent(this::posted);
			});
	}

	private void posted(Alert alert) {
		this.unpublished = null;
		this.form.clear();
		ApiCall.success(translate("announcements.quick.posted", Dates.format(alert.until())));
	}

}
