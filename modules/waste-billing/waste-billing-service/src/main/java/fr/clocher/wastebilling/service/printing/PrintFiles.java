package fr.clocher.wastebilling.service.printing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where the runs' PDFs wait on tenant-service's disk to be downloaded: one folder per
 * tenant, one file per print job's result, cleared after a while.
 */
class PrintFiles {

	private final Path root;

	private final Duration kept;

	PrintFiles(Path root, Duration kept) {
		this.root = root;
		this.kept = kept;
	}

	/** A print's file, named by its id in the tenant's folder (made if need be). */
	Path file(UUID tenant, UUID print) {
		try {
			return Files.createDirectories(this.root.resolve(tenant.toString())).resolve(print + ".pdf");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the tenant's prints older than they are kept. */
	void clearOld(UUID tenant) {
		Path folder = this.root.resolve(tenant.toString());
		if (!Files.isDirectory(folder)) {
			return;
		}
		Instant before = Instant.now().minus(this.kept);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					Files.deleteIfExists(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
