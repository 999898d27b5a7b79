package fr.clocher.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Registry rows written as onboarding leaves them, for tests that run the platform
 * without Keycloak (onboarding itself needs it).
 */
final class RegistryRows {

	private RegistryRows() {
	}

	/**
	 * An active commune on its platform host {@code <slug>.clocher.localhost}; the
	 * website is on by default.
	 */
	static UUID activeCommune(Connection admin, String slug, String name) throws SQLException {
		UUID id = UUID.randomUUID();
		try (PreparedStatement tenant = admin.prepareStatement("""
				insert into tenant (id, kind, official_code, slug, name, search_name, status, created_at, updated_at)
				values (?, 'COMMUNE', ?, ?, ?, ?, 'ACTIVE', now(), now())
				""")) {
			tenant.setObject(1, id);
			tenant.setString(2, slug.substring(0, Math.min(slug.length(), 14)));
			tenant.setString(3, slug);
			tenant.setString(4, name);
			tenant.setString(5, name.toLowerCase());
			tenant.executeUpdate();
		}
		try (PreparedStatement host = admin.prepareStatement(
				"insert into tenant_host (host, tenant_id, kind, created_at) values (?, ?, 'PLATFORM', now())")) {
			host.setString(1, slug + ".clocher.localhost");
			host.setObject(2, id);
			host.executeUpdate();
		}
		return id;
	}

}
