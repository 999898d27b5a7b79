package fr.clocher.kernel.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on a connection of its own to the channels of {@link ChangeChannel} and
 * publishes each notification as a {@link ChangeNotified} event, so that what one
 * instance commits is seen by the caches of every instance within a second. A lost
 * connection is opened again; since notifications may have been missed meanwhile (and
 * before the first {@code LISTEN}), {@link ChangesMissed} is published each time it
 * listens again.
 */
public class ChangeNotifications implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);

	private static final int POLL_MILLIS = 500;

	private final ListeningConnections connections;

	private final ApplicationEventPublisher events;

	private final Duration retry;

	private volatile boolean running;

	private ScheduledExecutorService listener;

	public ChangeNotifications(ListeningConnections connections, ApplicationEventPublisher events, Duration retry) {
		this.connections = connections;
		this.events = events;
		this.retry = retry;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.listener = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("clocher-change-notifications").factory());
		this.listener.execute(this::listen);
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.listener.shutdownNow();
		try {
			this.listener.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Listens until the connection is lost, then tries again after {@code retry}. */
	private void listen() {
		try (Connection connection = this.connections.open()) {
			listenOn(connection);
			this.events.publishEvent(new ChangesMissed());
			PGConnection notifications = connection.unwrap(PGConnection.class);
			while (this.running) {
				PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
				if (received != null) {
					for (PGNotification notification : received) {
						publish(notification);
					}
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			if (this.running) {
				log.warn("Change notifications interrupted ({}); caches dropped, listening again in {} s",
						ex.getMessage(), this.retry.toSeconds());
				this.events.publishEvent(new ChangesMissed());
				listenAgainLater();
			}
		}
	}

	private void listenAgainLater() {
		try {
			this.listener.schedule(this::listen, this.retry.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// stopped meanwhile
		}
	}

	private static void listenOn(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (ChangeChannel channel : ChangeChannel.values()) {
				statement.execute("listen " + channel.channel());
			}
		}
	}

	private void publish(PGNotification notification) {
		ChangeChannel.of(notification.getName())
			.ifPresent((channel) -> this.events.publishEvent(new ChangeNotified(channel, notification.getParameter())));
	}

	/** Opens the connection to listen on, a connection of its own outside any pool. */
	@FunctionalInterface
	public interface ListeningConnections {

		Connection open() throws SQLException;

	}

}
