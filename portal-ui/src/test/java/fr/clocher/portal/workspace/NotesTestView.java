package fr.clocher.portal.workspace;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ModuleView;

/**
 * The screen of the test module "notes", as a module would declare it.
 */
@Route("notes")
@ModuleView("notes")
@PermitAll
public class NotesTestView extends VerticalLayout {

	public NotesTestView() {
		add(new H1("Notes"));
	}

}
