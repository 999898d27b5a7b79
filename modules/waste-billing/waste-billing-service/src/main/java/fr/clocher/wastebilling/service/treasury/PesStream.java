package fr.clocher.wastebilling.service.treasury;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * A {@code PES_Aller} written as a stream: the enclosing elements by StAX, every block
 * marshalled by JAXB as a fragment straight to the output, so nothing but the block at
 * hand sits in memory.
 */
final class PesStream implements AutoCloseable {

	/** The outgoing flow's namespace; the elements inside it are unqualified. */
	static final String ALLER = "http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller";

	private final XMLStreamWriter xml;

	private final OutputStream out;

	private final Marshaller marshaller;

	/** Opens the document and its {@code PES_Aller} root. */
	PesStream(OutputStream out, JAXBContext context) throws JAXBException, XMLStreamException {
		this.marshaller = context.createMarshaller();
		this.marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
		this.out = out;
		this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeStartElement("n", "PES_Aller", ALLER);
		this.xml.writeNamespace("n", ALLER);
	}

	void start(String name) throws XMLStreamException {
		this.xml.writeStartElement(name);
	}

	void attribute(String name, String value) throws XMLStreamException {
		this.xml.writeAttribute(name, value);
	}

	void end() throws XMLStreamException {
		this.xml.writeEndElement();
	}

	/**
	 * JAXB writes the block straight to the stream (its own UTF-8 output is several times
	 * faster than through the StAX writer), once StAX has closed its open tag and
	 * flushed.
	 */
	<T> void fragment(String name, Class<T> type, T value) throws JAXBException, XMLStreamException {
		flush();
		this.marshaller.marshal(new JAXBElement<>(new QName(name), type, value), this.out);
	}

	/**
	 * Writes the bytes read as base64 text of the open element, as they are read (base64
	 * needs no escaping in XML).
	 */
	void base64(InputStream in) throws IOException, XMLStreamException {
		flush();
		OutputStream text = Base64.getEncoder().wrap(new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				PesStream.this.out.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				PesStream.this.out.write(b, off, len);
			}

		});
		in.transferTo(text);
		// closing the encoder writes the last group and its padding, not closing the file
		text.close();
	}

	private void flush() throws XMLStreamException {
		this.xml.writeCharacters("");
		this.xml.flush();
	}

	/** Closes every element still open and the document. */
	@Override
	public void close() throws XMLStreamException {
		this.xml.writeEndDocument();
		this.xml.close();
	}

}
