package fr.clocher.wastebilling.ui.support;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as a French spreadsheet opens it: UTF-8 with its mark, {@code ;} between
 * columns, lines ended by CRLF, fields quoted where they must be.
 */
public final class SpreadsheetCsv {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private SpreadsheetCsv() {
	}

	/** Writes the byte order mark, then hands out a printer; the caller flushes it. */
	public static CSVPrinter open(Writer writer) throws IOException {
		writer.write('\ufeff');
		return new CSVPrinter(writer, FORMAT);
	}

}
