package fr.clocher.bench.announcements;

import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server both senders send to: GreenMail in this JVM, with Nagle's algorithm off
 * on its client sockets ({@code TCP_NODELAY}, as mail servers such as Postfix set it).
 * GreenMail writes a multi-line reply (EHLO's) in several small segments; with Nagle on,
 * each exchange then waited for the client's delayed acknowledgement (about 40 ms on
 * Linux), which held every message at about 50 ms and both senders at the same ~18
 * messages/s whatever they did, hiding the difference this benchmark measures.
 */
final class SmtpSink extends GreenMail {

	private SmtpSink(ServerSetup setup) {
		super(setup);
	}

	static SmtpSink start(int port) {
		SmtpSink sink = new SmtpSink(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		sink.start();
		return sink;
	}

	@Override
	protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
		Map<String, AbstractServer> services = new HashMap<>(super.createServices(config, managers));
		for (ServerSetup setup : config) {
			if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
				services.put(setup.getProtocol(), new NoDelaySmtpServer(setup, managers));
			}
		}
		return services;
	}

	private static final class NoDelaySmtpServer extends SmtpServer {

		NoDelaySmtpServer(ServerSetup setup, Managers managers) {
			super(setup, managers);
		}

		@Override
		protected void handleClientSocket(Socket client) throws SocketException {
			client.setTcpNoDelay(true);
			super.handleClientSocket(client);
		}

	}

}
