package fr.clocher.wastebilling.service.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Writes the PDF of an issued invoice or credit note. With a bean of this type, each
 * invoice of the evidence page offers its PDF (a post that checks the pair again, as a
 * lookup); without one, none does. Called under the collector's context, inside its
 * transaction, for an invoice of the payer the pair found.
 */
@FunctionalInterface
public interface EvidencePdfs {

	void write(UUID invoiceId, OutputStream out) throws IOException;

}
