package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local Maven repository, found as Maven finds it: the {@code maven.repo.local}
 * system property, else {@code <localRepository>} in {@code ~/.m2/settings.xml}, else
 * {@code ~/.m2/repository}.
 */
final class LocalMavenRepository {

	private static final Pattern LOCAL_REPOSITORY = Pattern
		.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>");

	private final Path root;

	LocalMavenRepository(Path root) {
		this.root = root;
	}

	static LocalMavenRepository standard() {
		Path home = Path.of(System.getProperty("user.home"));
		String property = System.getProperty("maven.repo.local");
		if (property != null && !property.isBlank()) {
			return new LocalMavenRepository(Path.of(property));
		}
		return new LocalMavenRepository(
				fromSettings(home.resolve(".m2/settings.xml"), home).orElse(home.resolve(".m2/repository")));
	}

	static Optional<Path> fromSettings(Path settings, Path home) {
		if (!Files.isRegularFile(settings)) {
			return Optional.empty();
		}
		try {
			Matcher matcher = LOCAL_REPOSITORY.matcher(Files.readString(settings));
			if (!matcher.find()) {
				return Optional.empty();
			}
			String value = matcher.group(1).replace("${user.home}", home.toString());
			return Optional.of(Path.of(value));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	Path root() {
		return this.root;
	}

	Path artifact(String groupId, String artifactId, String version, String extension) {
		return this.root.resolve(groupId.replace('.', '/'))
			.resolve(artifactId)
			.resolve(version)
			.resolve(artifactId + "-" + version + "." + extension);
	}

}
