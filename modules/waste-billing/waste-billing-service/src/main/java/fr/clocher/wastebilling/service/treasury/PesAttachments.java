package fr.clocher.wastebilling.service.treasury;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLStreamException;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseAlphanum50;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseAnnee;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseDate;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNomPJ;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum1;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseNum2;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte250;
import fr.gouv.minefi.cp.helios.pes_v2.commun.BaseTexte37;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnTetePES;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnveloppe;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TPJ;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TPJReference;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TSupport;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TFacturePESIndiv;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TNomenclatureFacture;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TTiersEmetteur;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TTiersFacture;
import fr.gouv.minefi.cp.helios.pes_v2.facture.r0.aller.TTypeFacture;
import fr.gouv.minefi.cp.helios.pes_v2.rev0.aller.TPESPJs;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.springframework.http.HttpStatus;

import static fr.clocher.wastebilling.service.treasury.Pes.v;

/**
 * The roll's bills as attachments of the file ({@code Edition} 07): every
 * {@link #BILLS_PER_ATTACHMENT} articles make one {@code PES_Facture} (type 11), written
 * as a stream to a gzipped scratch file as the pieces are written, and checked there
 * against the same schema ({@code PES_Aller.xsd}: the attachment is a {@code PES_Aller}
 * carrying the file's envelope and header and the {@code PES_Facture}, the only place the
 * schema gives that element). Each piece refers to its bills' attachment ({@code PJRef},
 * type 006, electronic). Once the pieces are written, the attachments are copied into the
 * file's {@code PES_PJ} block, gzipped then base64 as the schema asks, one after the
 * other: bounded attachments keep memory flat, even when the file is read back through
 * the schema (a validator holds an element's whole text).
 */
final class PesAttachments implements AutoCloseable {

	/** How many bills one attachment holds. */
	static final int BILLS_PER_ATTACHMENT = 1_000;

	/** The attachment's type ({@code TypePJ}): PES Facture. */
	static final String PES_FACTURE = "006";

	private final JAXBContext context;

	private final PesSchema schema;

	private final PesBills bills;

	private final boolean commune;

	private final TEnveloppe envelope;

	private final TEnTetePES header;

	private final String idPrefix;

	private final String namePrefix;

	private final List<Attachment> done = new ArrayList<>();

	private Open open;

	/**
	 * @param idPrefix the start of every attachment's unique id, letters and digits,
	 * unique to this export (the CEPL refuses an id it has seen)
	 * @param namePrefix the start of every attachment's file name
	 */
	PesAttachments(JAXBContext context, PesSchema schema, PesBills bills, boolean commune, TEnveloppe envelope,
			TEnTetePES header, String idPrefix, String namePrefix) {
		this.context = context;
		this.schema = schema;
		this.bills = bills;
		this.commune = commune;
		this.envelope = envelope;
		this.header = header;
		this.idPrefix = idPrefix;
		this.namePrefix = namePrefix;
	}

	/**
	 * Adds the article's bill to the attachment being written; answers the reference the
	 * article's piece carries.
	 */
	TPJReference bill(Article article, int roll) {
		try {
			if (this.open == null) {
				this.open = open(this.done.size() + 1);
			}
			this.open.stream.fragment("FactureIndiv", TFacturePESIndiv.class, this.bills.bill(article, roll));
			Open current = this.open;
			if (current.first == null) {
				current.first = article.number();
			}
			current.last = article.number();
			if (++current.bills == BILLS_PER_ATTACHMENT) {
				finish();
			}
			TPJReference reference = new TPJReference();
			reference.setSupport(v(TSupport::new, TSupport::setV, "01"));
			reference.setIdUnique(v(BaseAlphanum50::new, BaseAlphanum50::setV, current.id));
			reference.setTypePJ(v(TPJ::new, TPJ::setV, PES_FACTURE));
			return reference;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JAXBException | XMLStreamException ex) {
			throw new IllegalStateException("A bill could not be written", ex);
		}
	}

	/** How many attachments, the one being written included. */
	int count() {
		return this.done.size() + ((this.open != null) ? 1 : 0);
	}

	/**
	 * Writes the {@code PES_PJ} block: every attachment, its content copied from its
	 * scratch file in base64.
	 */
	void writeBlock(PesStream out) throws IOException, JAXBException, XMLStreamException {
		if (this.open != null) {
			finish();
		}
		if (this.done.isEmpty()) {
			return;
		}
		out.start("PES_PJ");
		TPESPJs.EnTetePESPJ version = new TPESPJs.EnTetePESPJ();
		version.setIdVer(v(BaseNum1::new, BaseNum1::setV, BigDecimal.ONE));
		out.fragment("EnTetePES_PJ", TPESPJs.EnTetePESPJ.class, version);
		for (Attachment attachment : this.done) {
			out.start("PJ");
			out.start("Contenu");
			out.start("Fichier");
			out.attribute("MIMEType", "text/xml");
			try (InputStream in = new BufferedInputStream(Files.newInputStream(attachment.file()), 1 << 16)) {
				out.base64(in);
			}
			out.end();
			out.end();
			out.fragment("IdUnique", BaseAlphanum50.class,
					v(BaseAlphanum50::new, BaseAlphanum50::setV, attachment.id()));
			out.fragment("NomPJ", BaseNomPJ.class, v(BaseNomPJ::new, BaseNomPJ::setV, attachment.name()));
			out.fragment("TypePJ", TPJ.class, v(TPJ::new, TPJ::setV, PES_FACTURE));
			out.fragment("Description", BaseTexte250.class,
					v(BaseTexte250::new, BaseTexte250::setV,
							"Avis des sommes à payer ORMC à éditer (PES Facture de type 11), %d factures, de %s à %s"
								.formatted(attachment.bills(), attachment.first(), attachment.last())));
			out.end();
		}
		out.end();
	}

	/** Deletes the scratch files. */
	@Override
	public void close() {
		if (this.open != null) {
			this.open.discard();
			this.open = null;
		}
		this.done.forEach((attachment) -> delete(attachment.file()));
	}

	private Open open(int number) throws IOException, JAXBException, XMLStreamException {
		Path file = Files.createTempFile("pes-facture-", ".xml.gz");
		OutputStream gzip = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
				1 << 16);
		Open open = new Open(file, gzip, new PesStream(gzip, this.context), "%s%04d".formatted(this.idPrefix, number),
				"%s_%04d.xml".formatted(this.namePrefix, number));
		PesStream stream = open.stream;
		stream.fragment("Enveloppe", TEnveloppe.class, this.envelope);
		stream.fragment("EnTetePES", TEnTetePES.class, this.header);
		stream.start("PES_Facture");
		stream.fragment("IdVer", BaseNum2.class, this.bills.version());
		stream.fragment("Annee", BaseAnnee.class, this.bills.year());
		stream.fragment("TypeFact", TTypeFacture.class, this.bills.type());
		stream.fragment("Date", BaseDate.class, this.bills.date());
		stream.fragment("NatFacture", BaseTexte37.class, this.bills.nature());
		stream.fragment("Emetteur", TTiersEmetteur.class, this.bills.issuer(this.commune));
		for (TTiersFacture centre : this.bills.centres()) {
			stream.fragment("Tiers", TTiersFacture.class, centre);
		}
		return open;
	}

	/** Ends the attachment being written, then reads it back through the schema. */
	private void finish() throws IOException {
		Open current = this.open;
		this.open = null;
		try {
			current.stream.fragment("Nomenclatures", TNomenclatureFacture.class, new TNomenclatureFacture());
			current.stream.close();
			current.out.close();
		}
		catch (JAXBException | XMLStreamException | IOException ex) {
			current.discard();
			throw new IllegalStateException("An attachment could not be written", ex);
		}
		String error;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(current.file), 1 << 16)) {
			error = this.schema.firstError(in);
		}
		if (error != null) {
			delete(current.file);
			throw new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "pes-invalid", LocalizedText.of(
					"Les avis joints au fichier PES (PES Facture %s) ne sont pas conformes au schéma de la DGFiP (%s) : le fichier n'est pas proposé.",
					"The bills attached to the PES file (PES Facture %s) do not conform to the DGFiP's schema (%s): the file is not offered.")
				.formatted(current.name, error), List.of());
		}
		this.done
			.add(new Attachment(current.file, current.id, current.name, current.bills, current.first, current.last));
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

	/** An attachment written and checked, waiting in its scratch file. */
	private record Attachment(Path file, String id, String name, int bills, String first, String last) {

	}

	/** The attachment being written. */
	private static final class Open {

		final Path file;

		final OutputStream out;

		final PesStream stream;

		final String id;

		final String name;

		int bills;

		String first;

		String last;

		Open(Path file, OutputStream out, PesStream stream, String id, String name) {
			this.file = file;
			this.out = out;
			this.stream = stream;
			this.id = id;
			this.name = name;
		}

		void discard() {
			try {
				this.out.close();
			}
			catch (IOException ex) {
				// the file goes anyway
			}
			delete(this.file);
		}

	}

}
