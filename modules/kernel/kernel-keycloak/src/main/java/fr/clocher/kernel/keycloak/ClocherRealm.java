package fr.clocher.kernel.keycloak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code infra/keycloak/clocher-realm.json} defines, by name, and where that file
 * is.
 */
public final class ClocherRealm {

	/** The realm's name. */
	public static final String NAME = "clocher";

	/** The file, relative to the repository root. */
	public static final String FILE = "infra/keycloak/clocher-realm.json";

	/**
	 * Keycloak is served under this path: the issuer is
	 * {@code <base>/auth/realms/clocher}.
	 */
	public static final String RELATIVE_PATH = "/auth";

	/** The confidential client portal-ui signs users in with (code flow, PKCE S256). */
	public static final String PORTAL_CLIENT = "clocher-portal";

	/**
	 * The service account tenant-service provisions organizations and secretaries with.
	 */
	public static final String PROVISIONER_CLIENT = "clocher-provisioner";

	/**
	 * The service account of the operators' scripts (client credentials, realm role
	 * {@value #PLATFORM_OPERATOR}).
	 */
	public static final String OPERATOR_CLI_CLIENT = "clocher-operator-cli";

	/**
	 * The confidential clients. The realm file gives none of them a secret: Keycloak
	 * generates one at import, and whoever runs Keycloak sets or reads each one (see
	 * {@link ClientSecrets}).
	 */
	public static final List<String> CONFIDENTIAL_CLIENTS = List.of(PORTAL_CLIENT, PROVISIONER_CLIENT,
			OPERATOR_CLI_CLIENT);

	/**
	 * The base URL of the platform's own host, with which the realm file's redirect URIs
	 * are built ({@code ${CLOCHER_PUBLIC_URL}/admin/*}); it has no default.
	 */
	public static final String PUBLIC_URL_VARIABLE = "CLOCHER_PUBLIC_URL";

	/** The audience of access tokens meant for tenant-service (also a client). */
	public static final String API_AUDIENCE = "clocher-api";

	/** Realm role of the metropolitan IT operators. */
	public static final String PLATFORM_OPERATOR = "platform-operator";

	/** Realm role of village secretaries; their communes are their organizations. */
	public static final String SECRETARY = "secretary";

	/** Access-token claim listing the aliases of the user's organizations. */
	public static final String ORGANIZATION_CLAIM = "organization";

	/**
	 * The scope a client requests so that the {@value #ORGANIZATION_CLAIM} claim lists
	 * every organization of the user. With the bare {@code organization} scope Keycloak
	 * puts an organization only when the user has exactly one (and asks a member of
	 * several to pick one at sign-in).
	 */
	public static final String ALL_ORGANIZATIONS_SCOPE = "organization:*";

	private ClocherRealm() {
	}

	/**
	 * The realm file, found by walking up from the working directory to the repository
	 * root.
	 * @return the file's absolute path
	 * @throws IllegalStateException if no parent directory holds it
	 */
	public static Path locateFile() {
		Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		return findFile(start).orElseThrow(() -> new IllegalStateException(
				"Could not find " + FILE + " in " + start + " or any of its parent directories"));
	}

	static Optional<Path> findFile(Path start) {
		for (Path directory = start; directory != null; directory = directory.getParent()) {
			Path candidate = directory.resolve(FILE);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
