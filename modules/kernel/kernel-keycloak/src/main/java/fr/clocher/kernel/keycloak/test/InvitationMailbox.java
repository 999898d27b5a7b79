package fr.clocher.kernel.keycloak.test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import fr.clocher.kernel.keycloak.MailLinks;

/**
 * The inbox of the test Keycloak's mail ({@link TestKeycloak#smtpPort()}), and what a
 * person does with an organization invitation found there: follows its link and creates
 * her account. Open one at a time; close it when done.
 */
public final class InvitationMailbox implements AutoCloseable {

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
	public String awaitInvitationLink(String email) {
		return awaitLinkOtherThan(email, Set.of());
	}

	/**
	 * The link of an invitation sent to the address after the one whose link is given (an
	 * invitation sent again), waiting for it up to 30 s.
	 * @param email the invited address
	 * @param previous the link of the earlier invitation
	 * @return the new link
	 */
	public String awaitInvitationLinkAfter(String email, String previous) {
		return awaitLinkOtherThan(email, Set.of(previous));
	}

	private String awaitLinkOtherThan(String email, Set<String> seen) {
		return Awaitility.await("a new link in the mail to " + email)
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> newestLink(email), (link) -> link.isPresent() && !seen.contains(link.get()))
			.orElseThrow();
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

	@Override
	public void close() {
		this.mail.stop();
	}

	private Optional<String> newestLink(String email) {
		MimeMessage[] messages = this.mail.getReceivedMessages();
		for (int i = messages.length - 1; i >= 0; i--) {
			if (isTo(messages[i], email)) {
				Optional<String> link = MailLinks.first(messages[i]).filter(InvitationMailbox::isKeycloakAction);
				if (link.isPresent()) {
					return link;
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isKeycloakAction(String link) {
		return link.contains("/login-actions/action-token") || link.contains("/protocol/openid-connect/registrations");
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
