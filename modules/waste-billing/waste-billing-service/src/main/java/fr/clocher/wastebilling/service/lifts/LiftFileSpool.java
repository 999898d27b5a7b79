package fr.clocher.wastebilling.service.lifts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A lift file received whole on disk before its import starts in the background (the
 * request's body is gone once it is answered), in blocks: never held in memory. Its lines
 * are counted on the way, the total of the import's progress.
 *
 * @param path where it waits, deleted by {@link #delete()}
 * @param dataLines its lines after the header (empty ones included)
 */
record LiftFileSpool(Path path, long dataLines) {

	static LiftFileSpool receive(InputStream body) {
		Path path;
		try {
			path = Files.createTempFile("clocher-lifts-", ".csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (OutputStream out = Files.newOutputStream(path)) {
			byte[] buffer = new byte[1 << 16];
			long newlines = 0;
			int last = '\n';
			for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						newlines++;
					}
				}
				if (n > 0) {
					last = buffer[n - 1];
					out.write(buffer, 0, n);
				}
			}
			long lines = newlines + ((last != '\n') ? 1 : 0);
			return new LiftFileSpool(path, Math.max(0, lines - 1));
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(path);
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	InputStream open() {
		try {
			return Files.newInputStream(this.path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete() {
		deleteQuietly(this.path);
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// the temporary directory's cleaning takes it
		}
	}

}
