package fr.clocher.wastebilling.service.lifts;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.service.WasteBillingProperties;
import fr.clocher.wastebilling.service.jobs.JobProgress;
import fr.clocher.wastebilling.service.jobs.JobRefusal;
import fr.clocher.wastebilling.service.support.BulkMemory;
import fr.clocher.wastebilling.service.support.IncomingRows;
import fr.clocher.wastebilling.service.support.Violations;
import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a lift file in one transaction: the file is read as a stream and its valid
 * lines copied ({@code COPY}) into the transaction's temporary table as they come; if any
 * line is bad, the whole file is refused and the transaction rolled back (nothing
 * imported). Otherwise one statement moves the lines into the lifts under the tenant's
 * row-level security (idempotent by source reference, anomalies decided on the lift's
 * date).
 */
class LiftImporter {

	/** Where the lines wait for the set-based statement ({@link LiftImportStore}). */
	static final String INCOMING = "waste_lift_incoming";

	private static final String COLUMNS = """
			line bigint not null, source_ref text not null, tag text not null, lifted_at timestamptz not null,
			lifted_on date not null, weight_grams bigint, latitude double precision, longitude double precision,
			truck text not null""";

	private final DataSource dataSource;

	private final LiftImportStore store;

	private final JdbcClient jdbc;

	private final WasteChanges changes;

	private final WasteBillingProperties properties;

	private final Clock clock;

	LiftImporter(DataSource dataSource, LiftImportStore store, JdbcClient jdbc, WasteChanges changes,
			WasteBillingProperties properties, Clock clock) {
		this.dataSource = dataSource;
		this.store = store;
		this.jdbc = jdbc;
		this.changes = changes;
		this.properties = properties;
		this.clock = clock;
	}

	/** How often an import tells its progress: every so many lines read. */
	static final long PROGRESS_STEP = 20_000;

	/**
	 * Checks what comes with a file before it is read.
	 * @return the file's encoding
	 */
	static Charset checked(String fileName, String encoding) {
		Violations violations = new Violations();
		violations.present("fileName", Violations.clean(fileName));
		violations.maxLength("fileName", fileName, 255);
		Charset charset = charset(encoding, violations);
		violations.throwIfAny();
		return charset;
	}

	@Transactional
	LiftImport importFile(String fileName, String encoding, InputStream content) {
		return importFile(fileName, encoding, content, JobProgress.NONE);
	}

	/**
	 * Imports a file, telling the lines read as it goes.
	 * @param fileName the file's name
	 * @param encoding its encoding, null for UTF-8
	 * @param content the file
	 * @param progress told every {@link #PROGRESS_STEP} lines
	 * @return the report
	 */
	@Transactional
	LiftImport importFile(String fileName, String encoding, InputStream content, JobProgress progress) {
		Charset charset = checked(fileName, encoding);
		TenantContext.require();
		UUID id = UUID.randomUUID();
		List<LineError> errors = new ArrayList<>();
		long[] errorCount = { 0 };
		long[] told = { 0 };
		LongConsumer reached = (line) -> {
			if (line - told[0] >= PROGRESS_STEP) {
				told[0] = line;
				progress.advance(line - 1, null);
			}
		};
		long lines;
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (IncomingRows copy = IncomingRows.into(connection, INCOMING, COLUMNS)) {
			lines = new LiftFileReader().read(content, charset, (line) -> {
				if (errorCount[0] == 0) {
					write(copy, line);
				}
				reached.accept(line.line());
			}, (error) -> {
				reached.accept(error.line());
				if (errorCount[0]++ < this.properties.maxErrorsListed()) {
					errors.add(error);
				}
			});
			if (errorCount[0] == 0) {
				copy.finish();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The lift file could not be staged", ex);
		}
		if (errorCount[0] > 0) {
			throw refused(errorCount[0], errors);
		}
		BulkMemory.grant(this.jdbc, this.properties.bulkWorkMem());
		LiftImportStore.Moved moved = this.store.move(id, this.properties.outlierGramsPerLitre());
		long distinct = moved.distinct();
		long imported = moved.imported();
		LiftImport report = new LiftImport(id, fileName.strip(), this.clock.instant(), lines, imported,
				distinct - imported, lines - distinct, Map.of());
		this.store.insert(report);
		this.changes.record(LocalizedText
			.of("Levées importées de %s : %d nouvelles sur %d lignes", "Lifts imported from %s: %d new of %d lines")
			.formatted(report.fileName(), imported, lines));
		return this.store.find(id).orElseThrow();
	}

	private static void write(IncomingRows copy, LiftLine line) {
		try {
			copy.add(line.line(), line.sourceRef(), line.tag(), line.liftedAt(), line.liftedOn(), line.weightGrams(),
					line.latitude(), line.longitude(), line.truck());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The lift file could not be staged", ex);
		}
	}

	private static Charset charset(String encoding, Violations violations) {
		if (encoding == null || encoding.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		try {
			return Charset.forName(encoding.strip());
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			violations.add("encoding", "Encodage inconnu : utf-8, windows-1252 ou iso-8859-1.",
					"Unknown encoding: utf-8, windows-1252 or iso-8859-1.");
			return null;
		}
	}

	private static ApiProblem refused(long count, List<LineError> errors) {
		return new JobRefusal(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-lift-file", LocalizedText.of(
				"Le fichier est refusé : %d erreur(s), rien n'a été importé. Corrigez les lignes indiquées et renvoyez-le.",
				"The file is refused: %d error(s), nothing was imported. Correct the lines named and send it again.")
			.formatted(count), errors.stream().map(LineError::problem).toList(),
				errors.stream().map(LineError::jobError).toList(), count);
	}

}
