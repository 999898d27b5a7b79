package fr.clocher.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.clocher.kernel.api.LocalizedText;

/**
 * One entry of the workspace menu.
 *
 * @param label what the secretary reads
 * @param view the route it opens, annotated with {@link ModuleView}
 * @param icon the icon beside it
 */
public record ModuleMenuItem(LocalizedText label, Class<? extends Component> view, VaadinIcon icon) {

}
