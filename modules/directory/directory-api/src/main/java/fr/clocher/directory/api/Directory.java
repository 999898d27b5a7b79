package fr.clocher.directory.api;

/**
 * The directory module's name on the platform and the root of its API, shared by its
 * service and its screens.
 */
public final class Directory {

	/** The module key: in the module's descriptor, change log, endpoints and views. */
	public static final String KEY = "directory";

	/**
	 * Where the module's HTTP interfaces live, for the tenant whose slug is
	 * {@code {tenant}}.
	 */
	public static final String API = "/api/tenants/{tenant}/" + KEY;

	private Directory() {
	}

}
