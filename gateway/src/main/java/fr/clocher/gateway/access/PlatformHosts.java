package fr.clocher.gateway.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Tells the platform's own hosts from the communes' by the request's {@code Host} header,
 * its port left out, without regard to case. The header, not a forwarded one, decides: it
 * is what the backends see too.
 */
final class PlatformHosts {

	private final Set<String> hosts;

	PlatformHosts(List<String> hosts) {
		this.hosts = hosts.stream().map(PlatformHosts::unbracketed).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Whether a request with this {@code Host} header is for the platform itself.
	 * @param hostHeader the header, {@code name[:port]}, or {@code null} when absent
	 * @return true for one of the platform's hosts
	 */
	boolean contains(@Nullable String hostHeader) {
		return hostHeader != null && this.hosts.contains(withoutPort(hostHeader).toLowerCase(Locale.ROOT));
	}

	private static String withoutPort(String hostHeader) {
		if (hostHeader.startsWith("[")) {
			int end = hostHeader.indexOf(']');
			return (end > 0) ? hostHeader.substring(1, end) : hostHeader;
		}
		int colon = hostHeader.indexOf(':');
		return (colon >= 0) ? hostHeader.substring(0, colon) : hostHeader;
	}

	private static String unbracketed(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

}
