package fr.clocher.website.api;

/**
 * The website module's name on the platform, shared by its service and its screens.
 */
public final class Website {

	/** The module key: in the module's descriptor, change log, endpoints and views. */
	public static final String KEY = "website";

	private Website() {
	}

}
