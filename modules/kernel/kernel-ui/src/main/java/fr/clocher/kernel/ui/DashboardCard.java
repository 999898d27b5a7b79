package fr.clocher.kernel.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A card a module puts on the dashboard: what needs the secretary's attention in it.
 */
@FunctionalInterface
public interface DashboardCard {

	/**
	 * Renders the card for a commune, on the UI thread (the module may call its API).
	 * @param commune the commune shown
	 * @return the card, or empty when there is nothing to show
	 */
	Optional<Component> render(WorkspaceCommune commune);

}
