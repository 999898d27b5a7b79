package fr.clocher.gateway.forwarded;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which address a request is counted by.
 */
class ClientAddressResolverTests {

	@Test
	void withoutTrustedProxiesTheForwardedForHeaderIsIgnored() throws Exception {
		ClientAddressResolver resolver = resolver();
		assertThat(resolver.resolve(request("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
		assertThat(resolver.isFromTrustedProxy(request("198.51.100.7", null))).isFalse();
	}

	@Test
	void behindATrustedProxyTheClientIsTheRightMostUntrustedHop() throws Exception {
		ClientAddressResolver resolver = resolver("10.0.0.0/8");
		assertThat(resolver.resolve(request("10.1.2.3", "203.0.113.1"))).isEqualTo("203.0.113.1");
		assertThat(resolver.resolve(request("10.1.2.3", "203.0.113.1, 10.0.0.5"))).isEqualTo("203.0.113.1");
		// what the client wrote itself, left of what the proxy appended, is not believed
		assertThat(resolver.resolve(request("10.1.2.3", "192.0.2.66, 203.0.113.1"))).isEqualTo("203.0.113.1");
		assertThat(resolver.resolve(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
		assertThat(resolver.resolve(request("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
	}

	@Test
	void ipv6ProxiesAndClients() throws Exception {
		ClientAddressResolver resolver = resolver("::1", "fd00::/8");
		assertThat(resolver.resolve(request("::1", "2001:db8::5, fd00::1"))).isEqualTo("2001:db8:0:0:0:0:0:5");
	}

	@Test
	void rangesMatchWholePrefixes() {
		IpRange range = IpRange.parse("192.168.1.0/24");
		assertThat(range.contains(IpRange.parseLiteral("192.168.1.77"))).isTrue();
		assertThat(range.contains(IpRange.parseLiteral("192.168.2.1"))).isFalse();
		assertThat(IpRange.parse("172.16.0.0/12").contains(IpRange.parseLiteral("172.31.255.1"))).isTrue();
		assertThat(IpRange.parse("172.16.0.0/12").contains(IpRange.parseLiteral("172.32.0.1"))).isFalse();
		assertThat(IpRange.parse("127.0.0.1").contains(IpRange.parseLiteral("::1"))).isFalse();
	}

	@Test
	void hostNamesAreRefusedWithoutAnyLookup() {
		assertThat(IpRange.parseLiteral("proxy.example.org")).isNull();
		assertThat(IpRange.parseLiteral("unknown")).isNull();
		assertThat(IpRange.parseLiteral("not:an:address")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("proxy.example.org"));
	}

	private static ClientAddressResolver resolver(String... trusted) {
		return new ClientAddressResolver(new ForwardedProperties(List.of(trusted)));
	}

	private static MockServerHttpRequest request(String peer, String forwardedFor) throws Exception {
		MockServerHttpRequest.BaseBuilder<?> builder = MockServerHttpRequest.get("/")
			.remoteAddress(new InetSocketAddress(InetAddress.getByName(peer), 40000));
		if (forwardedFor != null) {
			builder.header("X-Forwarded-For", forwardedFor);
		}
		return builder.build();
	}

}
