package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The end of a log file, to put in an exception message.
 */
final class LogFiles {

	private LogFiles() {
	}

	static String tail(Path log, int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
			return String.join(System.lineSeparator(), last);
		}
		catch (IOException | RuntimeException ex) {
			return "(could not read " + log + ": " + ex.getMessage() + ")";
		}
	}

}
