package fr.clocher.kernel.test.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Production classes only: leaves out test directories, as ArchUnit's
 * {@link ImportOption.DoNotIncludeTests} does, and also the test jars (the kernel's test
 * module, for one) that a build outside the reactor takes from the local repository.
 */
public final class TestClassesExcluded implements ImportOption {

	private final ImportOption directories = new DoNotIncludeTests();

	@Override
	public boolean includes(Location location) {
		return this.directories.includes(location) && !location.contains("-tests.jar");
	}

}
