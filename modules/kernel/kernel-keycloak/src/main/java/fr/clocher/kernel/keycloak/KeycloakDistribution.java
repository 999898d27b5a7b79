package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Keycloak installation made from the {@code keycloak-quarkus-dist} zip of the local
 * Maven repository: unzipped once into a cache directory shared by every run and every
 * module ({@code ~/.clocher/keycloak-<version>}), then built once ({@code kc.sh build})
 * so that each start is an optimized one. Two JVMs preparing it at the same time take
 * turns on a file lock; the unzip goes to a temporary directory moved into place whole.
 */
public final class KeycloakDistribution {

	/** The build options every instance shares; runtime options are given at start. */
	public static final List<String> BUILD_OPTIONS = List.of("--db=dev-file",
			"--http-relative-path=" + ClocherRealm.RELATIVE_PATH);

	/** System property naming another cache directory than {@code ~/.clocher}. */
	public static final String CACHE_PROPERTY = "clocher.keycloak.cache";

	private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);

	private static final String BUILT_MARKER = ".clocher-built";

	private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

	private final String version;

	private final Path zip;

	private final Path home;

	public KeycloakDistribution(String version, Path zip, Path home) {
		this.version = version;
		this.zip = zip;
		this.home = home;
	}

	/**
	 * The distribution of the version this module was built with, from the local Maven
	 * repository, cached under {@code ~/.clocher} (or the directory named by the
	 * {@value #CACHE_PROPERTY} system property).
	 * @return the distribution, not yet installed
	 */
	public static KeycloakDistribution standard() {
		String version = bundledVersion();
		Path zip = LocalMavenRepository.standard().artifact("org.keycloak", "keycloak-quarkus-dist", version, "zip");
		String cache = System.getProperty(CACHE_PROPERTY);
		Path cacheRoot = (cache != null && !cache.isBlank()) ? Path.of(cache)
				: Path.of(System.getProperty("user.home"), ".clocher");
		return new KeycloakDistribution(version, zip, cacheRoot.resolve("keycloak-" + version));
	}

	/**
	 * The Keycloak version this module was built against.
	 * @return e.g. {@code 26.7.3}
	 */
	public static String bundledVersion() {
		try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak.properties")) {
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("keycloak.properties is missing from clocher-kernel-keycloak", ex);
		}
	}

	public String version() {
		return this.version;
	}

	public Path zip() {
		return this.zip;
	}

	/**
	 * Where the installation lives (whether or not it is installed yet).
	 * @return its directory
	 */
	public Path home() {
		return this.home;
	}

	/**
	 * Makes the installation ready: unzipped and built. Quick when it already is.
	 * @return its home directory
	 */
	public Path install() {
		synchronized (KeycloakDistribution.class) {
			try {
				Files.createDirectories(this.home.getParent());
				Path lockFile = this.home.resolveSibling(this.home.getFileName() + ".lock");
				try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
						StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
					if (!isBuilt()) {
						unzipIfMissing();
						build();
					}
					return this.home;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not prepare Keycloak in " + this.home, ex);
			}
		}
	}

	private boolean isBuilt() throws IOException {
		Path marker = this.home.resolve(BUILT_MARKER);
		return Files.isRegularFile(marker) && Files.readString(marker).equals(String.join("\n", BUILD_OPTIONS));
	}

	private void unzipIfMissing() throws IOException {
		if (Files.isRegularFile(this.home.resolve("lib/quarkus-run.jar"))) {
			return;
		}
		if (!Files.isRegularFile(this.zip)) {
			throw new IllegalStateException("The Keycloak " + this.version + " distribution is not in the local Maven"
					+ " repository (" + this.zip + "). Fetch it with: ./mvnw -pl modules/kernel/kernel-keycloak"
					+ " dependency:resolve (or ./mvnw dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:"
					+ this.version + ":zip)");
		}
		long started = System.nanoTime();
		log.info("Unzipping {} into {}", this.zip, this.home);
		Path temporary = Files.createTempDirectory(this.home.getParent(), this.home.getFileName() + ".unzip-");
		try {
			Unzipper.unzip(this.zip, temporary);
			Path unpacked = temporary.resolve("keycloak-" + this.version);
			if (!Files.isDirectory(unpacked)) {
				throw new IOException("The zip has no keycloak-" + this.version + " directory");
			}
			deleteRecursively(this.home);
			Files.move(unpacked, this.home, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			deleteRecursively(temporary);
		}
		log.info("Unzipped Keycloak {} in {} s", this.version, seconds(started));
	}

	private void build() throws IOException {
		long started = System.nanoTime();
		log.info("Building Keycloak {} once ({}), about a minute", this.version, String.join(" ", BUILD_OPTIONS));
		Path buildLog = this.home.resolve("clocher-build.log");
		List<String> arguments = new ArrayList<>();
		arguments.add("build");
		arguments.addAll(BUILD_OPTIONS);
		Process process = KcScript.processBuilder(this.home, arguments, Map.of())
			.redirectErrorStream(true)
			.redirectOutput(buildLog.toFile())
			.start();
		try {
			if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				ProcessTree.stop(process.toHandle(), Duration.ofSeconds(10));
				throw new IllegalStateException("kc.sh build took more than " + BUILD_TIMEOUT + "; see " + buildLog);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			ProcessTree.stop(process.toHandle(), Duration.ofSeconds(10));
			throw new IllegalStateException("Interrupted while building Keycloak", ex);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException("kc.sh build failed (exit " + process.exitValue() + "), see " + buildLog
					+ System.lineSeparator() + LogFiles.tail(buildLog, 30));
		}
		Files.writeString(this.home.resolve(BUILT_MARKER), String.join("\n", BUILD_OPTIONS), StandardCharsets.UTF_8);
		log.info("Built Keycloak {} in {} s", this.version, seconds(started));
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	static String seconds(long startedNanos) {
		return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
	}

}
