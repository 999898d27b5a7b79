package fr.clocher.website.api;

/**
 * The website module's name on the platform and the root of its API, shared by its
 * service and its screens.
 */
public final class Website {

	/** The module key: in the module's descriptor, change log, endpoints and views. */
	public static final String KEY = "website";

	/**
	 * Where the module's HTTP interfaces live, for the commune whose slug is
	 * {@code {tenant}}.
	 */
	public static final String API = "/api/tenants/{tenant}/" + KEY;

	private Website() {
	}

}
