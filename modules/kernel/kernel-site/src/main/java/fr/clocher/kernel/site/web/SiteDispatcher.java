package fr.clocher.kernel.site.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fr.clocher.kernel.problem.DatabaseUnavailable;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers every public address of a commune: unknown (404 page), suspended (polite 503),
 * the style sheet, files, {@code robots.txt}, {@code sitemap.xml} ({@link SiteIndex}),
 * and pages from the enabled modules ({@link SiteModules}), framed
 * ({@link FrameRenderer}), with ETag and Last-Modified so that a reader's copy is
 * revalidated with a 304 until the commune changes something. The site version is read
 * first, without a transaction: a current copy gets its 304, and an answer already
 * rendered for the same ETag is served from {@link SitePageCache}; only the rest is
 * rendered, in a read-only transaction.
 */
@Component
class SiteDispatcher implements HttpRequestHandler {

	private static final Logger log = LoggerFactory.getLogger(SiteDispatcher.class);

	private static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private final FrameRenderer frame;

	private final SiteStyle style;

	private final SiteModules modules;

	private final SiteIndex index;

	private final SiteVersions versions;

	private final SiteValidators validators;

	private final SitePageCache cache;

	private final SiteAddresses addresses;

	private final String pageCacheControl;

	private final TransactionTemplate reads;

	SiteDispatcher(FrameRenderer frame, SiteStyle style, SiteModules modules, SiteIndex index, SiteVersions versions,
			SiteValidators validators, SitePageCache cache, SiteAddresses addresses, SiteProperties properties,
			PlatformTransactionManager transactions) {
		this.frame = frame;
		this.style = style;
		this.modules = modules;
		this.index = index;
		this.versions = versions;
		this.validators = validators;
		this.cache = cache;
		this.addresses = addresses;
		this.pageCacheControl = "public, max-age=" + properties.maxAge().toSeconds() + ", must-revalidate";
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		SiteAddress address = SiteAddress.of(request);
		Optional<TenantRef> tenant = TenantRef.of(request);
		if (tenant.isEmpty()) {
			SiteAnswer.html(HttpStatus.NOT_FOUND, "no-store", this.frame.unknown()).write(response);
			return;
		}
		if (!tenant.get().active()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
			SiteAnswer.html(HttpStatus.SERVICE_UNAVAILABLE, "no-store", this.frame.unavailable(tenant.get().name()))
				.write(response);
			return;
		}
		if (this.style.matches(address.sitePath())) {
			style(address, response);
			return;
		}
		SiteRequest site = new SiteRequest(tenant.get(), address.sitePath(), address.basePath(),
				this.addresses.canonicalBase(tenant.get()), parameters(request));
		try {
			if (site.path().startsWith("/fichiers/")) {
				this.reads.execute((status) -> file(site)).write(response);
			}
			else {
				answer(site, request, response);
			}
		}
		catch (RuntimeException ex) {
			if (DatabaseUnavailable.causes(ex)) {
				log.warn("Could not render {} for {}, the database is unavailable: {}", address.sitePath(),
						tenant.get().slug(), ex.getMessage());
				if (!response.isCommitted()) {
					response.reset();
					response.setHeader(HttpHeaders.RETRY_AFTER,
							String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
					SiteAnswer
						.html(HttpStatus.SERVICE_UNAVAILABLE, "no-store", this.frame.unavailable(tenant.get().name()))
						.write(response);
				}
				return;
			}
			log.error("Could not render {} for {}", address.sitePath(), tenant.get().slug(), ex);
			if (!response.isCommitted()) {
				response.reset();
				SiteAnswer.html(HttpStatus.INTERNAL_SERVER_ERROR, "no-store", this.frame.failure()).write(response);
			}
		}
	}

	private void answer(SiteRequest site, HttpServletRequest request, HttpServletResponse response) throws IOException {
		SiteValidators.Validators validators = this.validators.of(this.versions.current());
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.pageCacheControl);
		if (new ServletWebRequest(request, response).checkNotModified(validators.etag(),
				validators.lastModified().toEpochMilli())) {
			return;
		}
		// Query parameters are left out of the key: an answer to one is never kept.
		SitePageCache.Key key = (request.getQueryString() == null)
				? new SitePageCache.Key(site.tenant(), validators.etag(), site.basePath(), site.path()) : null;
		Optional<SiteAnswer> kept = (key != null) ? this.cache.find(key) : Optional.empty();
		if (kept.isPresent()) {
			kept.get().write(response);
			return;
		}
		SiteAnswer answer = this.reads.execute((status) -> render(site));
		if (key != null) {
			this.cache.keep(key, answer);
		}
		answer.write(response);
	}

	/**
	 * A style sheet this process knows by its path, or the commune's current one, is
	 * served for a year: the path names its content, whichever commune asks. Another path
	 * (a sheet of an earlier release, or of another server during a deployment) is
	 * redirected, never cached, to the commune's current sheet, so that no cache keeps
	 * content under a path that does not name it.
	 */
	private void style(SiteAddress address, HttpServletResponse response) throws IOException {
		SiteStyle.Sheet sheet = this.style.find(address.sitePath()).orElseGet(this.style::current);
		if (sheet.path().equals(address.sitePath())) {
			new SiteAnswer(HttpStatus.OK, IMMUTABLE, "text/css;charset=UTF-8", null, sheet.bytes()).write(response);
			return;
		}
		response.setStatus(HttpStatus.FOUND.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.LOCATION, address.basePath() + sheet.path());
	}

	/**
	 * Renders the commune's home page as a reader's first request would, and forgets it.
	 */
	void warmUp(TenantRef tenant) {
		SiteRequest site = this.addresses.request(tenant, "/");
		TenantContext.runAs(tenant.id(), () -> {
			this.validators.of(this.versions.current());
			this.reads.execute((status) -> render(site));
		});
	}

	private SiteAnswer render(SiteRequest site) {
		return switch (site.path()) {
			case "/robots.txt" ->
				SiteAnswer.text(HttpStatus.OK, null, "text/plain;charset=UTF-8", this.index.robots(site));
			case "/sitemap.xml" ->
				SiteAnswer.text(HttpStatus.OK, null, "application/xml;charset=UTF-8", this.index.sitemap(site));
			default -> page(site);
		};
	}

	private SiteAnswer file(SiteRequest site) {
		Optional<SiteContent> content = this.modules.find(site);
		if (content.isPresent() && content.get() instanceof SiteFile file) {
			return file(file);
		}
		return notFound(site);
	}

	private SiteAnswer page(SiteRequest site) {
		Optional<SiteContent> content = this.modules.find(site);
		if (content.isEmpty() && !this.modules.online()) {
			return SiteAnswer.html(HttpStatus.NOT_FOUND, "no-cache", this.frame.offline(site.tenant().name()));
		}
		if (content.isPresent() && content.get() instanceof SitePage page) {
			return SiteAnswer.html(HttpStatus.OK, null, this.frame.render(site, page));
		}
		if (content.isPresent() && content.get() instanceof SiteFile file) {
			return file(file);
		}
		return notFound(site);
	}

	private SiteAnswer notFound(SiteRequest site) {
		return SiteAnswer.html(HttpStatus.NOT_FOUND, "no-cache", this.frame.missing(site));
	}

	private static SiteAnswer file(SiteFile file) {
		String disposition = (file.fileName() != null)
				? ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString()
				: null;
		return new SiteAnswer(HttpStatus.OK, file.immutable() ? IMMUTABLE : "public, max-age=300", file.contentType(),
				disposition, file.content());
	}

	private static Map<String, String> parameters(HttpServletRequest request) {
		Map<String, String> parameters = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0) {
				parameters.put(name, values[0]);
			}
		});
		return parameters;
	}

}
