package fr.clocher.wastebilling.service.treasury;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnTetePES;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnveloppe;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TBlocBordereau;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TPESRecetteAller;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TPiece;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * Writes a {@code PES_Aller} as a stream: the enclosing elements by StAX, every block
 * (envelope, headers, each bordereau's block, each piece) marshalled by JAXB as a
 * fragment, one piece at a time, so a roll of 100,000 articles never sits in memory. A
 * new bordereau opens when the previous one has its count of pieces.
 */
final class PesWriter implements AutoCloseable {

	/** The outgoing flow's namespace; the elements inside it are unqualified. */
	static final String ALLER = "http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller";

	private final XMLStreamWriter xml;

	private final OutputStream out;

	private final Marshaller marshaller;

	private final Iterator<TBlocBordereau> rolls;

	private boolean rollOpen;

	private int piecesLeft;

	PesWriter(OutputStream out, JAXBContext context, TEnveloppe envelope, TEnTetePES header,
			TPESRecetteAller.EnTeteRecette recette, List<TBlocBordereau> rolls)
			throws JAXBException, XMLStreamException {
		this.marshaller = context.createMarshaller();
		this.marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
		this.rolls = rolls.iterator();
		this.out = out;
		this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeStartElement("n", "PES_Aller", ALLER);
		this.xml.writeNamespace("n", ALLER);
		fragment("Enveloppe", TEnveloppe.class, envelope);
		fragment("EnTetePES", TEnTetePES.class, header);
		this.xml.writeStartElement("PES_RecetteAller");
		fragment("EnTeteRecette", TPESRecetteAller.EnTeteRecette.class, recette);
	}

	void piece(TPiece piece) throws JAXBException, XMLStreamException {
		if (this.piecesLeft == 0) {
			nextRoll();
		}
		fragment("Piece", TPiece.class, piece);
		this.piecesLeft--;
	}

	@Override
	public void close() throws XMLStreamException {
		if (this.rollOpen) {
			this.xml.writeEndElement();
		}
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeEndDocument();
		this.xml.close();
	}

	private void nextRoll() throws JAXBException, XMLStreamException {
		if (!this.rolls.hasNext()) {
			throw new IllegalStateException("More pieces than the rolls announced");
		}
		if (this.rollOpen) {
			this.xml.writeEndElement();
		}
		TBlocBordereau roll = this.rolls.next();
		this.xml.writeStartElement("Bordereau");
		this.rollOpen = true;
		fragment("BlocBordereau", TBlocBordereau.class, roll);
		this.piecesLeft = roll.getNbrPce().getV().intValueExact();
	}

	/**
	 * JAXB writes the block straight to the stream (its own UTF-8 output is several times
	 * faster than through the StAX writer), once StAX has closed its open tag and
	 * flushed.
	 */
	private <T> void fragment(String name, Class<T> type, T value) throws JAXBException, XMLStreamException {
		this.xml.writeCharacters("");
		this.xml.flush();
		this.marshaller.marshal(new JAXBElement<>(new QName(name), type, value), this.out);
	}

}
