package fr.clocher.website.ui.pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The page as residents will see it: the API's HTML in a sandboxed frame (no script, no
 * form, no navigation of the admin).
 */
class PreviewDialog extends Dialog {

	final IFrame frame = new IFrame();

	PreviewDialog(String html) {
		setHeaderTitle(translate("website.pages.page-preview"));
		this.frame.setSrcdoc(html);
		this.frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
		this.frame.setTitle(translate("website.pages.page-preview"));
		this.frame.setWidth("100%");
		this.frame.setHeight("70vh");
		this.frame.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
		setWidth("min(1100px, 95vw)");
		add(this.frame);
		getFooter().add(new Button(translate("website.pages.close"), (event) -> close()));
	}

}
