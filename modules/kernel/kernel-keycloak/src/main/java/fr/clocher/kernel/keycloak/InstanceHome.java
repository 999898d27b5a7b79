package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The home directory of one Keycloak instance: the shared installation's {@code lib},
 * {@code themes} and {@code providers} linked in, its own copy of {@code bin} and
 * {@code conf}, and its own {@code data} (H2 database, realm files to import, temporary
 * files), so that instances never share a database file.
 */
final class InstanceHome {

	private static final List<String> SHARED = List.of("lib", "themes", "providers");

	private static final List<String> COPIED = List.of("bin", "conf");

	private InstanceHome() {
	}

	static Path prepare(Path installation, Path instance) throws IOException {
		Files.createDirectories(instance);
		for (String name : SHARED) {
			Path link = instance.resolve(name);
			if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				Files.createSymbolicLink(link, installation.resolve(name).toAbsolutePath());
			}
		}
		for (String name : COPIED) {
			if (!Files.exists(instance.resolve(name))) {
				copyTree(installation.resolve(name), instance.resolve(name));
			}
		}
		Path imports = instance.resolve("data/import");
		Files.createDirectories(imports);
		return instance;
	}

	static void replaceImports(Path instance, List<Path> realmFiles) throws IOException {
		Path imports = instance.resolve("data/import");
		try (Stream<Path> old = Files.list(imports)) {
			for (Path file : old.toList()) {
				Files.deleteIfExists(file);
			}
		}
		for (Path realm : realmFiles) {
			Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : paths.toList()) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(path, destination, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

}
