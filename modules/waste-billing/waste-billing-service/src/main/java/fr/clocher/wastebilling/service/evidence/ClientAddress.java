package fr.clocher.wastebilling.service.evidence;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client behind a request, as the gateway saw it: the gateway replaces whatever a
 * client sends as {@code X-Forwarded-For} by the address it saw (after those of its
 * trusted proxies), so its right-most entry, less the hops of proxies in between, is the
 * client; without the header (a request not through the gateway) the connection's peer.
 *
 * @param counted what the limits count by: the IPv4 address, or the IPv6 /64 (one
 * subscriber's whole prefix)
 * @param network what the log keeps: the IPv4 /24 or the IPv6 /48, never the address
 */
record ClientAddress(String counted, String network) {

	private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");

	static ClientAddress of(HttpServletRequest request, int proxyHops) {
		String header = request.getHeader("X-Forwarded-For");
		String candidate = request.getRemoteAddr();
		if (header != null && !header.isBlank()) {
			List<String> hops = Arrays.stream(header.split(",")).map(String::trim).filter((h) -> !h.isEmpty()).toList();
			candidate = hops.get(Math.max(0, hops.size() - 1 - proxyHops));
		}
		return of(candidate);
	}

	static ClientAddress of(String literal) {
		InetAddress address = parse(literal);
		if (address == null) {
			return new ClientAddress("unknown", "unknown");
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			return new ClientAddress(address.getHostAddress(),
					(bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24");
		}
		return new ClientAddress(prefix(bytes, 8) + "/64", prefix(bytes, 6) + "/48");
	}

	/** An IP literal only: a host name is never resolved. */
	private static InetAddress parse(String literal) {
		if (literal == null || !LITERAL.matcher(literal).matches()) {
			return null;
		}
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private static String prefix(byte[] bytes, int kept) {
		byte[] masked = Arrays.copyOf(Arrays.copyOf(bytes, kept), 16);
		try {
			return InetAddress.getByAddress(masked).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
