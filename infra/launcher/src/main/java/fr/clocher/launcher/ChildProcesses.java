package fr.clocher.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The services started as child processes, each logging to its own file, all stopped
 * together (politely, then forcibly).
 */
final class ChildProcesses {

	private final Path logs;

	private final List<Process> started = new ArrayList<>();

	ChildProcesses(Path logs) throws IOException {
		this.logs = Files.createDirectories(logs);
	}

	Process start(String name, Path directory, Map<String, String> environment, List<String> command)
			throws IOException {
		Path log = this.logs.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		synchronized (this.started) {
			this.started.add(process);
		}
		System.out.println("  started " + name + " (log: " + log + ")");
		return process;
	}

	/** The end of every process's log. */
	String tails() {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(this.logs)) {
			for (Path log : files.sorted().toList()) {
				List<String> lines = Files.readAllLines(log);
				text.append("\n--- ")
					.append(log.getFileName())
					.append(" ---\n")
					.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
			}
		}
		catch (IOException ex) {
			text.append("(logs unreadable: ").append(ex.getMessage()).append(')');
		}
		return text.toString();
	}

	void stopAll() {
		List<Process> all;
		synchronized (this.started) {
			all = List.copyOf(this.started);
		}
		for (Process process : all) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
		}
		for (Process process : all) {
			ProcessHandle handle = process.toHandle();
			if (!handle.onExit()
				.completeOnTimeout(handle, Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)
				.join()
				.isAlive()) {
				continue;
			}
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}

}
