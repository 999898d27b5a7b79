package fr.clocher.announcements.ui.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * An announcement as residents will see it, before it is published: the service's page in
 * a sandboxed frame (no script, no form, no navigation of the workspace).
 */
public class PreviewDialog extends Dialog {

	public final IFrame page = new IFrame();

	PreviewDialog(String html) {
		setHeaderTitle(translate("announcements.preview.title"));
		this.page.setSrcdoc(html);
		// No argument would mean no sandbox at all: RESTRICT_ALL writes sandbox="".
		this.page.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
		this.page.setTitle(translate("announcements.preview.frame"));
		this.page.setWidth("100%");
		this.page.setHeight("70vh");
		setWidth("min(1100px, 95vw)");
		add(this.page);
		getFooter().add(new Button(translate("announcements.preview.close"), (event) -> close()));
	}

}
