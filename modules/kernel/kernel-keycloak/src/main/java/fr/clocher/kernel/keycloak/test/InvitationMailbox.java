package fr.clocher.kernel.keycloak.test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The inbox of the test Keycloak's mail ({@link TestKeycloak#smtpPort()}), and what a
 * person does with an organization invitation found there: follows its link, then creates
 * her account (a new address) or confirms her membership (an existing account). Open one
 * at a time; close it when done.
 */
public final class InvitationMailbox implements AutoCloseable {

	private static final Pattern LINK = Pattern.compile(
			"https?://[^\\s\"<>]+(?:/login-actions/action-token|/protocol/openid-connect/registrations)[^\\s\"<>]*");

	private final GreenMail mail;

	private InvitationMailbox(GreenMail mail) {
		this.mail = mail;
	}

	public static InvitationMailbox open() {
		GreenMail mail = new GreenMail(
				new ServerSetup(TestKeycloak.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return new InvitationMailbox(mail);
	}

	/**
	 * The link of the newest invitation sent to the address, waiting for it up to 30 s.
	 * @param email the invited address
	 * @return the link
	 */
	public String awaitInvitationLink(String email) throws InterruptedException {
		return awaitLinkOtherThan(email, Set.of());
	}

	private String awaitLinkOtherThan(String email, Set<String> seen) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			Optional<String> link = newestLink(email);
			if (link.isPresent() && !seen.contains(link.get())) {
				return link.get();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No new link reached " + email);
	}

	/**
	 * Whether any message reached the address.
	 * @param email an address
	 * @return whether the inbox holds a message to it
	 */
	public boolean receivedAnythingFor(String email) {
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			if (isTo(message, email)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Follows an invitation for an address that has no account yet: fills Keycloak's
	 * pages as they come (registration with the invited address, her names and a
	 * password; a password to choose, if asked again), follows the address verification
	 * Keycloak then mails her, until Keycloak lets her out.
	 * @param link the invitation's link
	 * @param email the invited address
	 * @param password the password she chooses
	 * @return the last answer: a redirect out of Keycloak's pages once she is in
	 */
	public HttpResponse<String> register(String link, String email, String password)
			throws IOException, InterruptedException {
		Map<String, String> answers = Map.of("username", email, "email", email, "firstName", "Marie", "lastName",
				"Invitée", "password", password, "password-new", password, "password-confirm", password);
		KeycloakBrowser browser = new KeycloakBrowser();
		HttpResponse<String> page = browser.followWithin(browser.get(link), TestKeycloak.baseUrl());
		Set<String> followed = new HashSet<>(Set.of(link));
		for (int step = 0; step < 6 && page.statusCode() == 200; step++) {
			String body = page.body();
			if (body.contains("execution=VERIFY_EMAIL")) {
				String verification = awaitLinkOtherThan(email, followed);
				followed.add(verification);
				page = browser.followWithin(browser.get(verification), TestKeycloak.baseUrl());
				continue;
			}
			String action = KeycloakBrowser.formAction(body)
				.orElseThrow(() -> new AssertionError("A Keycloak page without a form: " + body));
			Map<String, String> fields = new LinkedHashMap<>();
			answers.forEach((name, value) -> {
				if (body.contains("name=\"" + name + "\"")) {
					fields.put(name, value);
				}
			});
			page = browser.followWithin(browser.post(action, fields), TestKeycloak.baseUrl());
		}
		return page;
	}

	/**
	 * Follows an invitation for an address that has an account: Keycloak asks her to
	 * confirm she joins the organization, and she does.
	 * @param link the invitation's link
	 * @return the last answer
	 */
	public static HttpResponse<String> confirm(String link) throws IOException, InterruptedException {
		KeycloakBrowser browser = new KeycloakBrowser();
		HttpResponse<String> page = browser.followWithin(browser.get(link), TestKeycloak.baseUrl());
		Optional<String> action = KeycloakBrowser.formAction(page.body());
		if (action.isEmpty()) {
			return page;
		}
		return browser.followWithin(browser.post(action.get(), Map.of()), TestKeycloak.baseUrl());
	}

	@Override
	public void close() {
		this.mail.stop();
	}

	private Optional<String> newestLink(String email) {
		MimeMessage[] messages = this.mail.getReceivedMessages();
		for (int i = messages.length - 1; i >= 0; i--) {
			if (isTo(messages[i], email)) {
				Matcher link = LINK
					.matcher(GreenMailUtil.getBody(messages[i]).replace("=\r\n", "").replace("=3D", "="));
				if (link.find()) {
					return Optional.of(link.group().replace("&amp;", "&").replace("&#61;", "="));
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isTo(MimeMessage message, String email) {
		try {
			for (Address recipient : message.getAllRecipients()) {
				if (recipient.toString().equalsIgnoreCase(email)) {
					return true;
				}
			}
			return false;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
