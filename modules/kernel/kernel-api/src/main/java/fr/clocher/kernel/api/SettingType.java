package fr.clocher.kernel.api;

/**
 * The kinds of value a module setting holds; the admin UI builds its form field from it.
 */
public enum SettingType {

	TEXT, BOOLEAN, INTEGER, CHOICE, EMAIL, URL, COLOR

}
