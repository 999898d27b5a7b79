package fr.clocher.website.ui.pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;

import static fr.clocher.website.ui.support.Texts.t;

/**
 * The page as residents will see it: the API's HTML in a sandboxed frame (no script, no
 * form, no navigation of the admin).
 */
class PreviewDialog extends Dialog {

	final IFrame frame = new IFrame();

	PreviewDialog(String html) {
		setHeaderTitle(t("Aperçu de la page", "Page preview"));
		this.frame.setSrcdoc(html);
		this.frame.setSandbox();
		this.frame.setTitle(t("Aperçu de la page", "Page preview"));
		this.frame.setWidth("100%");
		this.frame.setHeight("70vh");
		this.frame.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
		setWidth("min(1100px, 95vw)");
		add(this.frame);
		getFooter().add(new Button(t("Fermer", "Close"), (event) -> close()));
	}

}
