package fr.clocher.tenant.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteContent;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SitePages;
import fr.clocher.kernel.site.SiteRequest;
import fr.clocher.kernel.site.SiteSlot;
import fr.clocher.kernel.site.SiteSlots;
import fr.clocher.kernel.site.SiteVersion;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.site.SiteAddresses;
import fr.clocher.kernel.tenancy.TenantRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers every public address of a commune: unknown (404 page), suspended (polite 503),
 * the style sheet, files, {@code robots.txt}, {@code sitemap.xml}, and pages from the
 * enabled modules, framed, with ETag and Last-Modified so that a reader's copy is
 * revalidated with a 304 until the commune changes something.
 */
@Component
class SiteDispatcher implements HttpRequestHandler {

	private static final Logger log = LoggerFactory.getLogger(SiteDispatcher.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private final FrameRenderer frame;

	private final SiteStyle style;

	private final ObjectProvider<SitePages> modules;

	private final ModuleActivations activations;

	private final SiteSlots slots;

	private final SiteVersions versions;

	private final SiteAddresses addresses;

	private final SiteProperties properties;

	private final TransactionTemplate reads;

	private final Clock clock;

	/** Pages and the style sheet change with a deployment: it is part of every ETag. */
	private final Instant deployedAt;

	SiteDispatcher(FrameRenderer frame, SiteStyle style, ObjectProvider<SitePages> modules,
			ModuleActivations activations, SiteSlots slots, SiteVersions versions, SiteAddresses addresses,
			SiteProperties properties, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
		this.frame = frame;
		this.style = style;
		this.modules = modules;
		this.activations = activations;
		this.slots = slots;
		this.versions = versions;
		this.addresses = addresses;
		this.properties = properties;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.deployedAt = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		SiteAddress address = SiteAddress.of(path);
		Optional<TenantRef> tenant = TenantRef.of(request);
		if (tenant.isEmpty()) {
			html(response, HttpStatus.NOT_FOUND, "no-store", this.frame.unknown());
			return;
		}
		if (!tenant.get().active()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
			html(response, HttpStatus.SERVICE_UNAVAILABLE, "no-store", this.frame.unavailable(tenant.get().name()));
			return;
		}
		if (this.style.matches(address.sitePath())) {
			write(response, HttpStatus.OK, IMMUTABLE, "text/css;charset=UTF-8", this.style.bytes());
			return;
		}
		SiteRequest site = new SiteRequest(tenant.get(), address.sitePath(), address.basePath(),
				this.addresses.canonicalBase(tenant.get()), parameters(request));
		try {
			this.reads.executeWithoutResult((status) -> answer(site, request, response));
		}
		catch (RuntimeException ex) {
			log.error("Could not render {} for {}", path, tenant.get().slug(), ex);
			if (!response.isCommitted()) {
				response.reset();
				html(response, HttpStatus.INTERNAL_SERVER_ERROR, "no-store",
						this.frame.unknown().replace("Page introuvable", "Erreur momentanée"));
			}
		}
	}

	private void answer(SiteRequest site, HttpServletRequest request, HttpServletResponse response) {
		try {
			if (site.path().startsWith("/fichiers/")) {
				Optional<SiteContent> content = find(site);
				if (content.isPresent() && content.get() instanceof SiteFile file) {
					file(response, file);
				}
				else {
					notFound(site, response);
				}
				return;
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL,
					"public, max-age=" + this.properties.maxAge().toSeconds() + ", must-revalidate");
			if (notModified(request, response)) {
				return;
			}
			switch (site.path()) {
				case "/robots.txt" -> write(response, HttpStatus.OK, null, "text/plain;charset=UTF-8",
						robots(site).getBytes(StandardCharsets.UTF_8));
				case "/sitemap.xml" -> write(response, HttpStatus.OK, null, "application/xml;charset=UTF-8",
						sitemap(site).getBytes(StandardCharsets.UTF_8));
				default -> page(site, response);
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void page(SiteRequest site, HttpServletResponse response) throws IOException {
		Optional<SiteContent> content = find(site);
		if (content.isEmpty() && "/".equals(site.path())) {
			content = Optional.of(plainHome(site));
		}
		if (content.isPresent() && content.get() instanceof SitePage page) {
			html(response, HttpStatus.OK, null, this.frame.render(site, page));
		}
		else if (content.isPresent() && content.get() instanceof SiteFile file) {
			file(response, file);
		}
		else {
			notFound(site, response);
		}
	}

	private Optional<SiteContent> find(SiteRequest site) {
		return this.modules.orderedStream()
			.sorted(java.util.Comparator.comparingInt(SitePages::order))
			.filter((module) -> this.activations.isEnabled(module.moduleKey()))
			.map((module) -> module.find(site))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * The home of a commune whose website module is off: its name and the modules' slots.
	 */
	private SitePage plainHome(SiteRequest site) {
		String body = "<h1>" + HtmlUtils.htmlEscape(site.tenant().name()) + "</h1>\n"
				+ String.join("\n", this.slots.render(SiteSlot.HOME, site));
		return new SitePage(site.tenant().name(), null, body, null, true);
	}

	private void notFound(SiteRequest site, HttpServletResponse response) throws IOException {
		SitePage page = SitePage.of("Page introuvable", null,
				"<h1>Page introuvable</h1>\n<p>Cette page n'existe pas ou n'est plus en ligne. Vérifiez l'adresse, ou"
						+ " repartez de <a href=\"/\">l'accueil du site</a>.</p>");
		html(response, HttpStatus.NOT_FOUND, "no-cache", this.frame.render(site, page));
	}

	private boolean notModified(HttpServletRequest request, HttpServletResponse response) {
		SiteVersion version = this.versions.current();
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		String etag = "\"" + version.version() + "-" + Long.toString(this.deployedAt.getEpochSecond(), 36) + "-"
				+ today.toEpochDay() + "\"";
		Instant lastModified = this.deployedAt;
		if (version.changedAt() != null && version.changedAt().isAfter(lastModified)) {
			lastModified = version.changedAt();
		}
		Instant midnight = today.atStartOfDay(PARIS).toInstant();
		if (midnight.isAfter(lastModified)) {
			lastModified = midnight;
		}
		return new ServletWebRequest(request, response).checkNotModified(etag, lastModified.toEpochMilli());
	}

	private String robots(SiteRequest site) {
		return "User-agent: *\nAllow: /\nSitemap: " + site.canonical("/sitemap.xml") + "\n";
	}

	private String sitemap(SiteRequest site) {
		String urls = this.modules.orderedStream()
			.filter((module) -> this.activations.isEnabled(module.moduleKey()))
			.flatMap((module) -> module.sitemap(site).stream())
			.map((entry) -> "<url><loc>" + HtmlUtils.htmlEscape(site.canonical(entry.path())) + "</loc>"
					+ ((entry.lastModified() != null)
							? "<lastmod>" + entry.lastModified().atZone(PARIS).toLocalDate() + "</lastmod>" : "")
					+ "</url>")
			.collect(Collectors.joining("\n"));
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls + "\n</urlset>\n";
	}

	private static void file(HttpServletResponse response, SiteFile file) throws IOException {
		if (file.fileName() != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		}
		write(response, HttpStatus.OK, file.immutable() ? IMMUTABLE : "public, max-age=300", file.contentType(),
				file.content());
	}

	private static void html(HttpServletResponse response, HttpStatus status, String cacheControl, String html)
			throws IOException {
		write(response, status, cacheControl, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
	}

	private static void write(HttpServletResponse response, HttpStatus status, String cacheControl, String contentType,
			byte[] body) throws IOException {
		response.setStatus(status.value());
		if (cacheControl != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		}
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
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
