package fr.clocher.launcher;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import fr.clocher.kernel.keycloak.MailLinks;

/**
 * The development mail catcher: an SMTP server on 127.0.0.1 that keeps every message and
 * prints each new one (recipient, subject, first link) on the console, so invitations can
 * be followed without a real mailbox.
 */
final class DevMail implements AutoCloseable {

	private final GreenMail greenMail;

	private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor();

	private final Set<String> printed = new HashSet<>();

	DevMail(int smtpPort) {
		this.greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.greenMail.start();
		this.printer.scheduleWithFixedDelay(this::printNew, 2, 2, TimeUnit.SECONDS);
	}

	private void printNew() {
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			try {
				String id = message.getMessageID();
				if (id == null || !this.printed.add(id)) {
					continue;
				}
				System.out.println(
						"\n[mail] to " + String.join(", ", GreenMailUtil.getAddressList(message.getAllRecipients()))
								+ ": " + message.getSubject()
								+ MailLinks.first(message).map((link) -> "\n[mail] link: " + link).orElse(""));
			}
			catch (Exception ex) {
				System.out.println("[mail] unreadable message: " + ex.getMessage());
			}
		}
	}

	@Override
	public void close() {
		this.printer.shutdownNow();
		this.greenMail.stop();
	}

}
