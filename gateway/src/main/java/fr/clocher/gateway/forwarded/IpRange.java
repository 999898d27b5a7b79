package fr.clocher.gateway.forwarded;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 10.0.0.0/8}); a bare address is
 * a range of one. Parsing never queries DNS.
 */
final class IpRange {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final byte[] network;

	private final int prefixLength;

	private IpRange(byte[] network, int prefixLength) {
		this.network = network;
		this.prefixLength = prefixLength;
	}

	static IpRange parse(String cidr) {
		int slash = cidr.indexOf('/');
		String address = (slash >= 0) ? cidr.substring(0, slash) : cidr;
		InetAddress parsed = parseLiteral(address);
		if (parsed == null) {
			throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr);
		}
		byte[] bytes = parsed.getAddress();
		int length = (slash >= 0) ? Integer.parseInt(cidr.substring(slash + 1)) : bytes.length * 8;
		if (length < 0 || length > bytes.length * 8) {
			throw new IllegalArgumentException("Invalid prefix length in " + cidr);
		}
		return new IpRange(bytes, length);
	}

	/**
	 * Parses an IP address literal, never a host name (no DNS query).
	 * @param text the literal, IPv6 optionally in brackets
	 * @return the address, or {@code null} when the text is not an IP literal
	 */
	static InetAddress parseLiteral(String text) {
		String literal = text.trim();
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		// a colon makes the JDK parse the text as IPv6 (or reject it) without any lookup
		if (!IPV4.matcher(literal).matches() && literal.indexOf(':') < 0) {
			return null;
		}
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	boolean contains(InetAddress address) {
		byte[] candidate = address.getAddress();
		if (candidate.length != this.network.length) {
			return false;
		}
		int fullBytes = this.prefixLength / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (candidate[i] != this.network[i]) {
				return false;
			}
		}
		int remainingBits = this.prefixLength % 8;
		if (remainingBits == 0) {
			return true;
		}
		int mask = (0xFF << (8 - remainingBits)) & 0xFF;
		return (candidate[fullBytes] & mask) == (this.network[fullBytes] & mask);
	}

}
