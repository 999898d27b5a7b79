package fr.clocher.kernel.database;

import java.util.regex.Pattern;

/**
 * A Clocher database and its two roles.
 *
 * @param database the database name
 * @param ownerRole owns every table and runs the migrations
 * @param ownerPassword its password
 * @param appRole the role the services connect as: owns nothing, cannot bypass row-level
 * security
 * @param appPassword its password
 */
public record DatabaseSpec(String database, String ownerRole, String ownerPassword, String appRole,
		String appPassword) {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	/**
	 * The development database of a laptop: {@code clocher} with development passwords
	 * (marked {@code dev-only-}, which services accept only under their {@code dev}
	 * profile), never used in production. The run command gives the same roles passwords
	 * of its own.
	 */
	public static DatabaseSpec development() {
		return new DatabaseSpec("clocher", "clocher_owner", "dev-only-clocher-owner", "clocher_app",
				"dev-only-clocher-app");
	}

	public DatabaseSpec {
		for (String name : new String[] { database, ownerRole, appRole }) {
			if (!IDENTIFIER.matcher(name).matches()) {
				throw new IllegalArgumentException("Not a plain lower-case SQL identifier: " + name);
			}
		}
	}

}
