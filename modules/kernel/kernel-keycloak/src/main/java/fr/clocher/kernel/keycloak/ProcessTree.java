package fr.clocher.kernel.keycloak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a process and every process it started: politely first (SIGTERM, so Keycloak
 * shuts down cleanly), then forcibly for whatever is still alive after the grace period.
 */
final class ProcessTree {

	private ProcessTree() {
	}

	static void stop(ProcessHandle root, Duration grace) {
		List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
		all.add(root);
		all.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + grace.toNanos();
		for (ProcessHandle process : all) {
			if (!awaitExit(process, Math.max(0, deadline - System.nanoTime()))) {
				process.destroyForcibly();
				awaitExit(process, Duration.ofSeconds(10).toNanos());
			}
		}
	}

	private static boolean awaitExit(ProcessHandle process, long nanos) {
		try {
			process.onExit().get(nanos, TimeUnit.NANOSECONDS);
			return true;
		}
		catch (TimeoutException | ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
