package fr.clocher.bench.onboarding;

/**
 * Settings tenant-service gets in the benchmark, the command's and the test's alike.
 */
public final class BenchProperties {

	/**
	 * Identity provisioning is out of the benchmark's reach: nothing listens there, so
	 * the tasks onboarding records stay pending and no Keycloak, a developer's included,
	 * is ever touched.
	 */
	public static final String KEYCLOAK_UNREACHABLE = "clocher.keycloak.server-url=http://127.0.0.1:9/auth";

	/** A secret for a Keycloak that is never reached (the service requires one). */
	public static final String UNUSED_PROVISIONER_SECRET = "clocher.keycloak.client-secret=bench-only-unused";

	/**
	 * A secret for the announcements module's mail links, which the benchmark never sends
	 * (the module refuses to start without one).
	 */
	public static final String UNUSED_MAIL_SECRET = "clocher.announcements.mail.secret=bench-only-unused";

	/** No retry of pending provisioning while measuring. */
	public static final String NO_PROVISIONING_RETRY = "clocher.keycloak.retry-every=PT24H";

	/** One failed attempt per tenant is expected: not worth a line each. */
	public static final String QUIET_PROVISIONING = "logging.level.fr.clocher.tenant.provisioning=ERROR";

	static final String[] ALL = { KEYCLOAK_UNREACHABLE, UNUSED_PROVISIONER_SECRET, UNUSED_MAIL_SECRET,
			NO_PROVISIONING_RETRY, QUIET_PROVISIONING };

	private BenchProperties() {
	}

}
