package fr.clocher.portal.workspace;

/**
 * Marks a portal screen that works on the selected commune: the menu leaves it out while
 * no commune is selected (an operator who has not opened one).
 */
public interface CommuneScreen {

}
