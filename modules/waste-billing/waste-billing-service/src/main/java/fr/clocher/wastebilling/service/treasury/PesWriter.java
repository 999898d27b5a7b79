package fr.clocher.wastebilling.service.treasury;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamException;

import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnTetePES;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnveloppe;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TBlocBordereau;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TPESRecetteAller;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TPiece;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/**
 * Writes a {@code PES_Aller} as a stream ({@link PesStream}): the envelope, the headers,
 * each bordereau's block and each piece, one piece at a time, so a roll of 100,000
 * articles never sits in memory; then the attachments ({@link PesAttachments}). A new
 * bordereau opens when the previous one has its count of pieces.
 */
final class PesWriter implements AutoCloseable {

	private final PesStream stream;

	private final Iterator<TBlocBordereau> rolls;

	private final PesAttachments attachments;

	private boolean rollOpen;

	private int piecesLeft;

	PesWriter(OutputStream out, JAXBContext context, TEnveloppe envelope, TEnTetePES header,
			TPESRecetteAller.EnTeteRecette recette, List<TBlocBordereau> rolls, PesAttachments attachments)
			throws JAXBException, XMLStreamException {
		this.rolls = rolls.iterator();
		this.attachments = attachments;
		this.stream = new PesStream(out, context);
		this.stream.fragment("Enveloppe", TEnveloppe.class, envelope);
		this.stream.fragment("EnTetePES", TEnTetePES.class, header);
		this.stream.start("PES_RecetteAller");
		this.stream.fragment("EnTeteRecette", TPESRecetteAller.EnTeteRecette.class, recette);
	}

	void piece(TPiece piece) throws JAXBException, XMLStreamException {
		if (this.piecesLeft == 0) {
			nextRoll();
		}
		this.stream.fragment("Piece", TPiece.class, piece);
		this.piecesLeft--;
	}

	/**
	 * Ends the Recette part, then writes the attachments' block ({@code PES_PJ}) when
	 * there are attachments, and ends the document.
	 */
	@Override
	public void close() throws XMLStreamException {
		if (this.rollOpen) {
			this.stream.end();
		}
		this.stream.end();
		if (this.attachments != null) {
			try {
				this.attachments.writeBlock(this.stream);
			}
			catch (java.io.IOException | JAXBException ex) {
				throw new IllegalStateException("The PES attachments could not be written", ex);
			}
		}
		this.stream.close();
	}

	private void nextRoll() throws JAXBException, XMLStreamException {
		if (!this.rolls.hasNext()) {
			throw new IllegalStateException("More pieces than the rolls announced");
		}
		if (this.rollOpen) {
			this.stream.end();
		}
		TBlocBordereau roll = this.rolls.next();
		this.stream.start("Bordereau");
		this.rollOpen = true;
		this.stream.fragment("BlocBordereau", TBlocBordereau.class, roll);
		this.piecesLeft = roll.getNbrPce().getV().intValueExact();
	}

}
