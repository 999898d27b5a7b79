package fr.clocher.wastebilling.service.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows written with PostgreSQL's {@code COPY} into a temporary table of the transaction's
 * own session (dropped when the transaction ends), in blocks of 256 kB. PostgreSQL
 * refuses {@code COPY FROM} into a table under row-level security: the bulk paths copy
 * here, where no other session sees anything, then one {@code INSERT ... SELECT} moves
 * the rows into the tenant table, every row checked by the tenant's policy.
 */
public final class IncomingRows implements AutoCloseable {

	private static final int BLOCK = 1 << 18;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);

	private boolean open = true;

	private IncomingRows(CopyIn copy) {
		this.copy = copy;
	}

	/**
	 * Creates the temporary table (unless it exists) and starts copying into it.
	 * @param connection the transaction's connection
	 * @param table the temporary table's name
	 * @param columns its columns, as in {@code create table}
	 * @return the copy, to be finished or closed
	 */
	public static IncomingRows into(Connection connection, String table, String columns) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("create temporary table if not exists " + table + " (" + columns + ") on commit drop");
		}
		return new IncomingRows(connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " from stdin (format csv)"));
	}

	/** One row, its values in the table's column order (null for SQL null). */
	public void add(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append(',');
			}
			Object value = values[i];
			if (value instanceof String text) {
				this.buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
			}
			else if (value != null) {
				this.buffer.append(value);
			}
		}
		this.buffer.append('\n');
		if (this.buffer.length() >= BLOCK) {
			flush();
		}
	}

	/** Ends the copy: the rows are in the table, inside the transaction. */
	public long finish() throws SQLException {
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

}
