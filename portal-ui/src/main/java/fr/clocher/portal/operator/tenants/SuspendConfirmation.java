package fr.clocher.portal.operator.tenants;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.api.platform.TenantDetails;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.ui.ApiCall;

/**
 * Asks before suspending or resuming a tenant, says what it means, and does it.
 */
final class SuspendConfirmation {

	private SuspendConfirmation() {
	}

	static ConfirmDialog open(Component view, PlatformApi api, TenantRow tenant, Runnable afterChange) {
		boolean suspend = tenant.status() == TenantStatus.ACTIVE;
		String prefix = suspend ? "operator.suspend." : "operator.resume.";
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(view.getTranslation(prefix + "header", tenant.name()));
		dialog.setText(view.getTranslation(prefix + "text", tenant.name()));
		dialog.setCancelable(true);
		dialog.setCancelText(view.getTranslation("operator.cancel"));
		dialog.setConfirmText(view.getTranslation(prefix + "confirm"));
		if (suspend) {
			dialog.setConfirmButtonTheme("error primary");
		}
		dialog.addConfirmListener((event) -> {
			try {
				TenantDetails changed = suspend ? api.suspend(tenant.slug()) : api.resume(tenant.slug());
				ApiCall.success(view.getTranslation(prefix + "done", changed.tenant().name()));
				afterChange.run();
			}
			catch (RuntimeException ex) {
				ApiCall.failure(ex);
			}
		});
		dialog.open();
		return dialog;
	}

}
