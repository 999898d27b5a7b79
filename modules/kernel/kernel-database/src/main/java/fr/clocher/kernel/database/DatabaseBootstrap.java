package fr.clocher.kernel.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates (or brings up to date) a Clocher database with its owner and application roles,
 * as a superuser. Idempotent: running it twice changes nothing.
 */
public final class DatabaseBootstrap {

	private DatabaseBootstrap() {
	}

	public static void ensure(PostgresServer server, DatabaseSpec spec) throws SQLException {
		try (Connection admin = server.adminConnection("postgres")) {
			ensureRole(admin, spec.ownerRole(), spec.ownerPassword());
			ensureRole(admin, spec.appRole(), spec.appPassword());
			if (!exists(admin, "select 1 from pg_database where datname = ?", spec.database())) {
				execute(admin, "create database " + spec.database() + " owner " + spec.ownerRole());
			}
		}
		try (Connection admin = server.adminConnection(spec.database())) {
			execute(admin, "alter schema public owner to " + spec.ownerRole());
			execute(admin, "revoke all on schema public from public");
			execute(admin, "revoke all on database " + spec.database() + " from public");
			execute(admin, "grant connect, temporary on database " + spec.database() + " to " + spec.appRole());
			execute(admin, "grant usage on schema public to " + spec.appRole());
		}
	}

	/** Drops the database and both roles; for tests that made their own. */
	public static void drop(PostgresServer server, DatabaseSpec spec) throws SQLException {
		try (Connection admin = server.adminConnection("postgres")) {
			execute(admin, "drop database if exists " + spec.database() + " with (force)");
			execute(admin, "drop role if exists " + spec.appRole());
			execute(admin, "drop role if exists " + spec.ownerRole());
		}
	}

	private static void ensureRole(Connection admin, String role, String password) throws SQLException {
		String attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
				+ password.replace("'", "''") + "'";
		if (exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
			execute(admin, "alter role " + role + attributes);
		}
		else {
			execute(admin, "create role " + role + attributes);
		}
	}

	private static boolean exists(Connection connection, String sql, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, name);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
