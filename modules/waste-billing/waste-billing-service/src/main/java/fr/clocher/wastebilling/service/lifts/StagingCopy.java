package fr.clocher.wastebilling.service.lifts;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes an import's valid lines with PostgreSQL's {@code COPY}, in blocks of 256 kB,
 * into {@code waste_lift_incoming}: a temporary table of the transaction's own session,
 * dropped when it ends. PostgreSQL refuses {@code COPY FROM} into a table under row-level
 * security, so the lines land where no other session can see them, and one
 * {@code INSERT ... SELECT} moves them into {@code waste_lift} under the tenant's policy
 * ({@link LiftImportStore}).
 */
final class StagingCopy implements AutoCloseable {

	private static final String CREATE = """
			create temporary table waste_lift_incoming (line bigint not null, source_ref text not null,
			    tag text not null, lifted_at timestamptz not null, lifted_on date not null, weight_grams bigint,
			    latitude double precision, longitude double precision, truck text not null) on commit drop
			""";

	private static final String COPY = "copy waste_lift_incoming (line, source_ref, tag, lifted_at, lifted_on,"
			+ " weight_grams, latitude, longitude, truck) from stdin with (format csv)";

	private static final int BLOCK = 1 << 18;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(BLOCK + 1024);

	private boolean open = true;

	StagingCopy(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(CREATE);
		}
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
	}

	void write(LiftLine line) throws SQLException {
		this.buffer.append(line.line())
			.append(',')
			.append(quoted(line.sourceRef()))
			.append(',')
			.append(quoted(line.tag()))
			.append(',')
			.append(line.liftedAt())
			.append(',')
			.append(line.liftedOn())
			.append(',')
			.append((line.weightGrams() != null) ? line.weightGrams().toString() : "")
			.append(',')
			.append((line.latitude() != null) ? line.latitude().toString() : "")
			.append(',')
			.append((line.longitude() != null) ? line.longitude().toString() : "")
			.append(',')
			.append(quoted(line.truck()))
			.append('\n');
		if (this.buffer.length() >= BLOCK) {
			flush();
		}
	}

	/** Ends the copy; the rows written are in the table, inside the transaction. */
	long finish() throws SQLException {
		flush();
		this.open = false;
		return this.copy.endCopy();
	}

	@Override
	public void close() throws SQLException {
		if (this.open && this.copy.isActive()) {
			this.open = false;
			this.copy.cancelCopy();
		}
	}

	private void flush() throws SQLException {
		if (!this.buffer.isEmpty()) {
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.buffer.setLength(0);
		}
	}

	private static String quoted(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
