package fr.clocher.tenant.lifecycle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import fr.clocher.kernel.tenancy.TenantRef;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a tenant's whole data as a ZIP archive: one CSV file per tenant table
 * ({@code tables/
 *
<table>
 * .csv}, PostgreSQL's CSV with a header line; binary columns, the files a module keeps,
 * in PostgreSQL's hex form) and a {@code manifest.json} naming each file with its rows
 * and its SHA-256. Every table is read in one snapshot, through row-level security as the
 * tenant and filtered on its id: a group's rows that a member may read are the group's,
 * not the member's, and stay out.
 */
class TenantArchive {

	/** The archive's format, for whoever reads it back. */
	static final int FORMAT = 1;

	private final DataSource dataSource;

	private final TenantTables tables;

	private final JsonMapper json;

	private final Clock clock;

	TenantArchive(DataSource dataSource, TenantTables tables, JsonMapper json, Clock clock) {
		this.dataSource = dataSource;
		this.tables = tables;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Writes the archive; to be called in a read-only, repeatable-read transaction as the
	 * tenant.
	 */
	void write(TenantRef tenant, OutputStream out) throws IOException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			List<Map<String, Object>> files = new ArrayList<>();
			for (String table : this.tables.names()) {
				String name = "tables/" + table + ".csv";
				zip.putNextEntry(new ZipEntry(name));
				MessageDigest sha = sha256();
				long rows = connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut(
							"copy (select * from " + quoted(table) + " where tenant_id = '" + tenant.id()
									+ "') to stdout with (format csv, header)",
							new DigestOutputStream(unclosable(zip), sha));
				zip.closeEntry();
				Map<String, Object> file = new LinkedHashMap<>();
				file.put("path", name);
				file.put("table", table);
				file.put("rows", rows);
				file.put("sha256", HexFormat.of().formatHex(sha.digest()));
				files.add(file);
			}
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("format", FORMAT);
			manifest.put("tenant", Map.of("id", tenant.id(), "slug", tenant.slug(), "name", tenant.name(), "kind",
					tenant.kind().name(), "status", tenant.status().name()));
			manifest.put("exportedAt", this.clock.instant().toString());
			manifest.put("files", files);
			zip.putNextEntry(new ZipEntry("manifest.json"));
			zip.write(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
			zip.closeEntry();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not export " + tenant.slug(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** A catalogue name as an identifier, quoted. */
	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The ZIP stream, which COPY must not close. */
	private static OutputStream unclosable(OutputStream out) {
		return new FilterOutputStream(out) {

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}

		};
	}

}
