package fr.clocher.wastebilling.service.treasury;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongConsumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import fr.gouv.minefi.cp.helios.pes_v2.rev0.aller.PESAller;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The DGFiP's PES V2 schema (5.30, {@code PES_Aller.xsd}, shipped in
 * {@code waste-billing-pes}) and the JAXB classes generated from it, loaded once on first
 * use (some 350 classes and 50 schema files: not at every start of tenant-service).
 */
class PesSchema {

	/** Where the outgoing flow's schema lives in {@code waste-billing-pes}. */
	static final String ALLER = "/pes-v5.30/PES_V2/Rev0/PES_Aller.xsd";

	private volatile Loaded loaded;

	JAXBContext context() {
		return load().context();
	}

	Schema schema() {
		return load().schema();
	}

	/**
	 * Reads a written file through the schema as a stream, telling how many pieces
	 * (articles) were read back, every {@link PesExport#PROGRESS_EVERY} and at the end.
	 * @param file the file
	 * @param checked told the count of pieces read so far
	 * @return null when it validates, else the first error with its line and column
	 */
	String firstError(Path file, LongConsumer checked) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			return firstError(in, checked);
		}
	}

	/**
	 * Reads a document through the schema as a stream (an attachment of the file).
	 * @return null when it validates, else the first error with its line and column
	 */
	String firstError(InputStream in) throws IOException {
		return firstError(in, (pieces) -> {
		});
	}

	private String firstError(InputStream in, LongConsumer checked) throws IOException {
		ValidatorHandler validator = schema().newValidatorHandler();
		PieceCounter counter = new PieceCounter(checked);
		validator.setContentHandler(counter);
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			XMLReader reader = factory.newSAXParser().getXMLReader();
			reader.setContentHandler(validator);
			reader.parse(new InputSource(in));
			checked.accept(counter.pieces);
			return null;
		}
		catch (SAXParseException ex) {
			return "line %d, column %d: %s".formatted(ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage());
		}
		catch (SAXException ex) {
			return ex.getMessage();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No XML parser for the PES file", ex);
		}
	}

	private Loaded load() {
		Loaded current = this.loaded;
		if (current == null) {
			synchronized (this) {
				current = this.loaded;
				if (current == null) {
					current = new Loaded(newContext(), newSchema());
					this.loaded = current;
				}
			}
		}
		return current;
	}

	private static JAXBContext newContext() {
		try {
			return JAXBContext.newInstance(PESAller.class);
		}
		catch (JAXBException ex) {
			throw new IllegalStateException("The PES classes do not load", ex);
		}
	}

	static Schema newSchema() {
		URL aller = Objects.requireNonNull(PESAller.class.getResource(ALLER), ALLER);
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			// The set is complete in the jar: nothing is fetched from the network. Inside
			// Spring Boot's executable jar the included schemas are "jar:nested:" URLs.
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			return factory.newSchema(aller);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The PES schema does not compile", ex);
		}
	}

	private record Loaded(JAXBContext context, Schema schema) {

	}

	/** Counts the pieces the validator passes on. */
	private static final class PieceCounter extends DefaultHandler {

		private final LongConsumer checked;

		private long pieces;

		PieceCounter(LongConsumer checked) {
			this.checked = checked;
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if ("Piece".equals(localName) && ++this.pieces % PesExport.PROGRESS_EVERY == 0) {
				this.checked.accept(this.pieces);
			}
		}

	}

}
