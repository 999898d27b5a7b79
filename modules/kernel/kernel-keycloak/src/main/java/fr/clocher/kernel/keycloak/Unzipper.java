package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unzips an archive, refusing entries that would land outside the target, and marks the
 * shell scripts of {@code bin/} executable (zip entries carry no permissions for Java).
 */
final class Unzipper {

	private Unzipper() {
	}

	static void unzip(Path zip, Path target) throws IOException {
		Path root = target.toAbsolutePath().normalize();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path destination = root.resolve(entry.getName()).normalize();
				if (!destination.startsWith(root)) {
					throw new IOException("Refusing zip entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(destination);
					continue;
				}
				Files.createDirectories(destination.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
				}
				if (isScript(destination)) {
					destination.toFile().setExecutable(true, false);
				}
			}
		}
	}

	private static boolean isScript(Path file) {
		return file.getParent() != null && file.getParent().getFileName().toString().equals("bin")
				&& file.getFileName().toString().endsWith(".sh");
	}

}
