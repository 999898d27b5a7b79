package fr.clocher.kernel.keycloak;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The distribution's launch script ({@code bin/kc.sh}, or {@code kc.bat} on Windows) as a
 * process to start, on the JDK that runs this code and with none of the caller's
 * {@code KC_*} or {@code JAVA_OPTS} variables leaking into it.
 */
final class KcScript {

	private KcScript() {
	}

	static ProcessBuilder processBuilder(Path home, List<String> arguments, Map<String, String> environment) {
		List<String> command = new ArrayList<>();
		if (isWindows()) {
			command.add("cmd.exe");
			command.add("/c");
			command.add(home.resolve("bin").resolve("kc.bat").toString());
		}
		else {
			command.add(home.resolve("bin").resolve("kc.sh").toString());
		}
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
		Map<String, String> env = builder.environment();
		env.keySet().removeIf((name) -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS"));
		env.put("JAVA_HOME", javaHome());
		env.putAll(environment);
		return builder;
	}

	/**
	 * The JDK running this code, which Keycloak runs on too.
	 * @return its home directory
	 * @throws IllegalStateException if it is older than Keycloak accepts
	 */
	static String javaHome() {
		int feature = Runtime.version().feature();
		if (feature < 17) {
			throw new IllegalStateException("Keycloak needs Java 17 or newer; this JVM is Java " + feature);
		}
		return System.getProperty("java.home");
	}

	private static boolean isWindows() {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
	}

}
