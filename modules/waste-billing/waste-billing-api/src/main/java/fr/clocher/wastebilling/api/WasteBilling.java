package fr.clocher.wastebilling.api;

/**
 * The waste billing module's name on the platform and the root of its API, shared by its
 * service and its screens.
 */
public final class WasteBilling {

	/** The module key: in the module's descriptor, change log, endpoints and views. */
	public static final String KEY = "waste-billing";

	/**
	 * Where the module's HTTP interfaces live, for the tenant (usually an
	 * intercommunality) whose slug is {@code {tenant}}.
	 */
	public static final String API = "/api/tenants/{tenant}/" + KEY;

	private WasteBilling() {
	}

}
