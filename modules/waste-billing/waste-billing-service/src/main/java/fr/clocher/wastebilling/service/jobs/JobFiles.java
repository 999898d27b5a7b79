package fr.clocher.wastebilling.service.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * The files jobs make (a run's PDF, a PES file), kept on tenant-service's disk to be
 * downloaded once the job is done: one folder per tenant, in it one folder per job's
 * result holding the file under the name it is downloaded as, cleared after a while. A
 * job writes beside the final name ({@link #partial}) and moves the file there when it is
 * whole, so a file found is complete.
 */
public class JobFiles {

	private static final String PARTIAL = ".part";

	private final Path root;

	private final Duration kept;

	public JobFiles(Path root, Duration kept) {
		this.root = root;
		this.kept = kept;
	}

	/**
	 * Where a job's result is to be written (its folder made if need be).
	 * @param tenant the job's tenant
	 * @param result the job's result id
	 * @param name the file's name as it is downloaded
	 * @return the file's final place
	 */
	public Path file(UUID tenant, UUID result, String name) {
		try {
			return Files.createDirectories(this.root.resolve(tenant.toString()).resolve(result.toString()))
				.resolve(name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where a file is written until it is whole, beside its final place (a job's scratch
	 * files are named after it, and never taken for the result).
	 */
	public static Path partial(Path file) {
		return file.resolveSibling(file.getFileName() + PARTIAL);
	}

	/**
	 * The complete file of a job's result, or a refusal (410) once cleared away.
	 * @param tenant the job's tenant
	 * @param result the job's result id
	 * @param goneCode the refusal's code
	 * @param gone what it says
	 * @return the file, its name the one to download it as
	 */
	public Path kept(UUID tenant, UUID result, String goneCode, LocalizedText gone) {
		return find(tenant, result).orElseThrow(() -> new ApiProblem(HttpStatus.GONE, goneCode, gone, List.of()));
	}

	Optional<Path> find(UUID tenant, UUID result) {
		Path folder = this.root.resolve(tenant.toString()).resolve(result.toString());
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> !file.getFileName().toString().contains(PARTIAL)).findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the tenant's files older than they are kept. */
	public void clearOld(UUID tenant) {
		Path folder = this.root.resolve(tenant.toString());
		if (!Files.isDirectory(folder)) {
			return;
		}
		Instant before = Instant.now().minus(this.kept);
		try (Stream<Path> results = Files.list(folder)) {
			for (Path result : results.toList()) {
				if (Files.getLastModifiedTime(result).toInstant().isBefore(before)) {
					delete(result);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path path) throws IOException {
		try (Stream<Path> all = Files.walk(path)) {
			for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		}
	}

}
