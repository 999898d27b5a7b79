package fr.clocher.wastebilling.service.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.wastebilling.service.evidence.EvidenceLookups.Answer;
import fr.clocher.wastebilling.service.evidence.EvidencePages.FieldError;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evidence form's post on the commune's site (its host, or {@code /c/<slug>}): the
 * kernel's site serves GET only, and keeps its answers, so the lookup is a post of the
 * module's own, answered with a page in the commune's frame that nothing keeps
 * ({@code Cache-Control: no-store}). Answered where the site offers the page: the commune
 * has the module on, or one of its active groups has (no module guard of the commune's
 * own, {@link SiteModules#offers}); elsewhere 404.
 */
@RestController
class EvidenceController {

	private final EvidenceLookups lookups;

	private final EvidencePages pages;

	private final EvidenceProperties properties;

	private final SiteAddresses addresses;

	private final ObjectProvider<SiteRenderer> renderer;

	private final TransactionOperations reads;

	private final ObjectProvider<EvidencePdfs> pdfs;

	private final SiteModules sites;

	EvidenceController(EvidenceLookups lookups, EvidencePages pages, EvidenceProperties properties,
			SiteAddresses addresses, ObjectProvider<SiteRenderer> renderer, PlatformTransactionManager transactions,
			ObjectProvider<EvidencePdfs> pdfs, SiteModules sites) {
		this.pdfs = pdfs;
		this.sites = sites;
		this.lookups = lookups;
		this.pages = pages;
		this.properties = properties;
		this.addresses = addresses;
		this.renderer = renderer;
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);
		this.reads = reads;
	}

	@PostMapping(path = { EvidencePages.PATH, "/c/{slug}" + EvidencePages.PATH }, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> lookup(HttpServletRequest http,
			@RequestParam(name = "reference", required = false) String reference,
			@RequestParam(name = "number", required = false) String number) {
		SiteRequest site = site(http, EvidencePages.PATH);
		List<FieldError> errors = errors(reference, number);
		if (!errors.isEmpty()) {
			return page(HttpStatus.BAD_REQUEST, site, this.pages.form(site, errors, reference, number), null);
		}
		String num = trimmed(number);
		Answer answer = this.lookups.lookup(site.tenant(), ClientAddress.of(http, this.properties.proxyHops()),
				trimmed(reference), num);
		if (answer.limited()) {
			return limited(site, answer);
		}
		String pdfAction = (this.pdfs.getIfAvailable() != null) ? site.link(EvidencePages.PDF_PATH) : null;
		return answer.evidence()
			.map((evidence) -> page(HttpStatus.OK, site, this.pages.evidence(site, evidence, num, pdfAction), null))
			.orElseGet(() -> page(HttpStatus.NOT_FOUND, site, this.pages.noMatch(site), null));
	}

	/**
	 * An invoice's PDF: the pair checked again as a lookup (counted, logged), then the
	 * invoice only if it is one of the payer's; anything else answers the one neutral
	 * page. Kept by nobody.
	 */
	@PostMapping(path = { EvidencePages.PDF_PATH, "/c/{slug}" + EvidencePages.PDF_PATH })
	ResponseEntity<?> pdf(HttpServletRequest http, @RequestParam(name = "reference", required = false) String reference,
			@RequestParam(name = "number", required = false) String number,
			@RequestParam(name = "invoice", required = false) String invoice) {
		SiteRequest site = site(http, EvidencePages.PDF_PATH);
		EvidencePdfs writer = this.pdfs.getIfAvailable();
		UUID invoiceId = uuid(invoice);
		if (writer == null || invoiceId == null || !errors(reference, number).isEmpty()) {
			return page(HttpStatus.NOT_FOUND, site, this.pages.noMatch(site), null);
		}
		Answer answer = this.lookups.lookup(site.tenant(), ClientAddress.of(http, this.properties.proxyHops()),
				trimmed(reference), trimmed(number));
		if (answer.limited()) {
			return limited(site, answer);
		}
		return answer.evidence()
			.filter((evidence) -> evidence.billed(invoiceId))
			.<ResponseEntity<?>>map((evidence) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName(evidence, invoiceId)).build().toString())
				.body(this.lookups.pdf(writer, evidence, invoiceId)))
			.orElseGet(() -> page(HttpStatus.NOT_FOUND, site, this.pages.noMatch(site), null));
	}

	private static List<FieldError> errors(String reference, String number) {
		String ref = trimmed(reference);
		String num = trimmed(number);
		List<FieldError> errors = new ArrayList<>();
		if (ref.isEmpty() || ref.length() > 30) {
			errors.add(new FieldError("reference",
					"Référence de redevable : saisissez la référence de votre facture, 30 caractères au plus."));
		}
		if (num.isEmpty() || num.length() > 20) {
			errors.add(new FieldError("number",
					"Numéro de facture : saisissez le numéro de votre facture, par exemple 2026-000123."));
		}
		return errors;
	}

	private ResponseEntity<String> limited(SiteRequest site, Answer answer) {
		long seconds = Math.max(1, answer.retryAfter().toSeconds());
		return page(HttpStatus.TOO_MANY_REQUESTS, site, this.pages.limited(site, (seconds + 59) / 60),
				Long.toString(seconds));
	}

	private static String fileName(Evidence evidence, UUID invoice) {
		return evidence.invoices()
			.stream()
			.filter((bill) -> bill.id().equals(invoice))
			.map((bill) -> (bill.creditNote() ? "avoir-" : "facture-") + bill.number() + ".pdf")
			.findFirst()
			.orElseThrow();
	}

	private static UUID uuid(String text) {
		try {
			return (text != null) ? UUID.fromString(text.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String trimmed(String value) {
		return (value != null) ? value.strip() : "";
	}

	private SiteRequest site(HttpServletRequest http, String path) {
		TenantRef tenant = TenantRef.of(http)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No commune's site here"));
		if (!this.sites.offers(this.pages)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No residents' evidence on this site");
		}
		String uri = http.getRequestURI();
		String base = uri.startsWith("/c/") ? uri.substring(0, uri.length() - path.length()) : "";
		return new SiteRequest(tenant, EvidencePages.PATH, base, this.addresses.canonicalBase(tenant), Map.of());
	}

	private ResponseEntity<String> page(HttpStatus status, SiteRequest site, SitePage page, String retryAfter) {
		SiteRenderer renderer = this.renderer.getIfAvailable();
		String html = (renderer != null) ? this.reads.execute((tx) -> renderer.render(site, page)) : page.bodyHtml();
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		if (retryAfter != null) {
			answer.header(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		return answer.body(html);
	}

}
