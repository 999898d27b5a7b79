package fr.clocher.kernel.keycloak;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

/**
 * The first link of an e-mail Keycloak sent, as a person would follow it: the body's
 * quoted-printable soft breaks joined, and the HTML entities Keycloak writes in its links
 * ({@code &amp;}, {@code &#61;}) decoded. Used by the development mail catcher, which
 * prints it, and by the tests that follow invitations.
 */
public final class MailLinks {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

	private MailLinks() {
	}

	/**
	 * The message's first link.
	 * @param message an e-mail
	 * @return its first link, decoded
	 */
	public static Optional<String> first(MimeMessage message) {
		String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
		Matcher link = LINK.matcher(body);
		return link.find() ? Optional.of(link.group().replace("&amp;", "&").replace("&#61;", "=")) : Optional.empty();
	}

}
