package fr.clocher.announcements.ui.alerts;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.announcements.api.Alert;
import fr.clocher.announcements.api.AlertDraft;
import fr.clocher.announcements.api.AlertsApi;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.PreviewApi;
import fr.clocher.announcements.ui.support.AnnouncementEditor;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One alert, with its details: a draft saved, published now or at a set time, taken back,
 * archived or deleted.
 */
@Route("announcements/alerts/:id")
@PageTitle("Alerte")
@ModuleView(Announcements.KEY)
@PermitAll
public class AlertEditorView extends AnnouncementEditor<Alert, AlertDraft> {

	public final AlertForm form;

	public AlertEditorView(AlertsApi alertsApi, PreviewApi previewApi) {
		super(translate("announcements.alerts.edit"), translate("announcements.alerts.all"), Alerts.desk(alertsApi),
				AlertsListView.class, previewApi);
		this.form = new AlertForm(this.calls, true);
		build(this.form);
	}

}
