package fr.clocher.directory.service.site;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.samskivert.mustache.Template;
import jakarta.servlet.http.HttpServletRequest;

import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SiteRenderer;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteTemplates;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The answers of the module's posts on the commune's site (its host or
 * {@code /c/<slug>}): pages in the commune's frame, never kept by a cache, and the
 * one-step pages a mailed link opens (a button: a link only opened, by a mail scanner for
 * instance, changes nothing).
 */
public class SiteAnswers {

	private final SiteAddresses addresses;

	private final ObjectProvider<SiteRenderer> renderer;

	private final TransactionOperations reads;

	private final Template step;

	SiteAnswers(SiteAddresses addresses, ObjectProvider<SiteRenderer> renderer, PlatformTransactionManager transactions,
			SiteTemplates templates) {
		this.addresses = addresses;
		this.renderer = renderer;
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);
		this.reads = reads;
		this.step = templates.template("directory/step");
	}

	/** The site request of a post to a site path. */
	public SiteRequest site(HttpServletRequest http, String path) {
		TenantRef tenant = TenantRef.of(http)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No commune's site here"));
		String uri = http.getRequestURI();
		String base = uri.startsWith("/c/") ? uri.substring(0, uri.length() - path.length()) : "";
		return new SiteRequest(tenant, path, base, this.addresses.canonicalBase(tenant), Map.of());
	}

	/** A page in the commune's frame, not to be kept. */
	public ResponseEntity<String> page(HttpStatus status, SiteRequest site, SitePage page) {
		SiteRenderer renderer = this.renderer.getIfAvailable();
		String html = (renderer != null) ? this.reads.execute((tx) -> renderer.render(site, page)) : page.bodyHtml();
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

	/**
	 * A page with a heading, a message and, when {@code button} is given, a button that
	 * posts the token to {@code path}.
	 */
	public SitePage step(SiteRequest request, String heading, String message, String button, String path,
			String token) {
		Map<String, Object> model = new HashMap<>();
		model.put("heading", heading);
		model.put("message", message);
		model.put("button", button);
		model.put("action", (path != null) ? request.link(path) : null);
		model.put("token", token);
		return SitePage.of(heading, null, this.step.execute(model));
	}

}
