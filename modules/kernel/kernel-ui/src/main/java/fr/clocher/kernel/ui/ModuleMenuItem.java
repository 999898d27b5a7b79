package fr.clocher.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One entry of the workspace menu.
 *
 * @param label the translation key of what the secretary reads, prefixed by the module's
 * key and found in the module's bundle ({@code vaadin-i18n/<module>_translations})
 * @param view the route it opens, annotated with {@link ModuleView}
 * @param icon the icon beside it
 */
public record ModuleMenuItem(String label, Class<? extends Component> view, VaadinIcon icon) {

}
