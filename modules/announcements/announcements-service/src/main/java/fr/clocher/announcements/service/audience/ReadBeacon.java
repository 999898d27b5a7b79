package fr.clocher.announcements.service.audience;

import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.tenancy.TenantFilter;
import fr.clocher.kernel.tenancy.TenantRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestHandler;

/**
 * The read beacon: a 1×1 transparent GIF that an announcement's public page embeds
 * ({@code <img alt="">}), answered {@code no-store} so that no cache (the site's, the
 * gateway's, the reader's) ever keeps it: the page may come from a cache, the beacon
 * always reaches the service, and a GET of it counts one read of the commune's own public
 * announcement that day. Nothing about the reader is read or kept (no cookie, no address,
 * no browser); HEAD and robots (a user agent naming itself bot, spider or crawler) are
 * answered without counting.
 */
public class ReadBeacon implements HttpRequestHandler {

	private static final Pattern PATH = Pattern.compile("/annonces/lu/([0-9a-f-]{36})\\.gif");

	private static final Pattern ROBOT = Pattern.compile("bot|spider|crawl");

	private static final byte[] GIF = Base64.getDecoder()
		.decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

	private final ReadCounts counts;

	private final Clock clock;

	ReadBeacon(ReadCounts counts, Clock clock) {
		this.counts = counts;
		this.clock = clock;
	}

	/** The beacon's path on the commune's site for one announcement. */
	public static String path(UUID announcement) {
		return "/annonces/lu/" + announcement + ".gif";
	}

	/** The announcement a request for the beacon names, when it is one. */
	static Optional<UUID> of(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return Optional.empty();
		}
		if (TenantRef.of(request).isEmpty()) {
			return Optional.empty();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getAttribute(TenantFilter.SITE_BASE_PATH) instanceof String base && path.startsWith(base)) {
			path = path.substring(base.length());
		}
		Matcher beacon = PATH.matcher(path);
		return beacon.matches() ? Optional.of(UUID.fromString(beacon.group(1))) : Optional.empty();
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("image/gif");
		response.setContentLength(GIF.length);
		Optional<UUID> announcement = of(request);
		boolean active = TenantRef.of(request).map(TenantRef::active).orElse(false);
		if (HttpMethod.GET.matches(request.getMethod()) && active && announcement.isPresent()
				&& !robot(request.getHeader(HttpHeaders.USER_AGENT))) {
			this.counts.count(announcement.get(), this.clock.instant().atZone(Paris.ZONE).toLocalDate());
		}
		if (HttpMethod.GET.matches(request.getMethod())) {
			response.getOutputStream().write(GIF);
		}
	}

	private static boolean robot(String userAgent) {
		return userAgent != null && ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
	}

}
