package fr.clocher.gateway.forwarded;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address of the client behind a request: the peer of the connection, unless that
 * peer is a trusted proxy, in which case {@code X-Forwarded-For} is read from the right
 * and the first address that is not itself a trusted proxy is the client. The left-most
 * entries are never believed on their own: a client can write anything there.
 */
@Component
public class ClientAddressResolver {

	private static final String UNKNOWN = "unknown";

	private final List<IpRange> trustedProxies;

	public ClientAddressResolver(ForwardedProperties properties) {
		this.trustedProxies = properties.trustedProxies().stream().map(IpRange::parse).toList();
	}

	/**
	 * The client's address as text, to count requests by.
	 * @param request the request
	 * @return the client address, or {@code "unknown"}
	 */
	public String resolve(ServerHttpRequest request) {
		InetAddress peer = peer(request);
		if (peer == null) {
			return UNKNOWN;
		}
		if (!isTrusted(peer)) {
			return peer.getHostAddress();
		}
		List<String> forwardedFor = forwardedFor(request.getHeaders());
		for (int i = forwardedFor.size() - 1; i >= 0; i--) {
			String hop = forwardedFor.get(i);
			InetAddress address = IpRange.parseLiteral(hop);
			if (address == null) {
				return hop;
			}
			if (!isTrusted(address)) {
				return address.getHostAddress();
			}
		}
		return peer.getHostAddress();
	}

	/**
	 * Whether the connection comes from a trusted proxy whose forwarded headers are kept.
	 * @param request the request
	 * @return true for a trusted proxy
	 */
	public boolean isFromTrustedProxy(ServerHttpRequest request) {
		InetAddress peer = peer(request);
		return peer != null && isTrusted(peer);
	}

	/**
	 * The connection's peer address as text.
	 * @param request the request
	 * @return the address, or {@code null} when unknown
	 */
	String peerAddress(ServerHttpRequest request) {
		InetAddress peer = peer(request);
		return (peer != null) ? peer.getHostAddress() : null;
	}

	private boolean isTrusted(InetAddress address) {
		for (IpRange range : this.trustedProxies) {
			if (range.contains(address)) {
				return true;
			}
		}
		return false;
	}

	private static InetAddress peer(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null) ? remote.getAddress() : null;
	}

	private static List<String> forwardedFor(HttpHeaders headers) {
		List<String> values = headers.get("X-Forwarded-For");
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		return values.stream()
			.flatMap((value) -> Arrays.stream(StringUtils.commaDelimitedListToStringArray(value)))
			.map(String::trim)
			.filter((hop) -> !hop.isEmpty())
			.toList();
	}

}
