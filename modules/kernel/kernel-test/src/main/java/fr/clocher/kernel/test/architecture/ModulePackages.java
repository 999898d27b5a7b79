package fr.clocher.kernel.test.architecture;

import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/**
 * Which commune module a class belongs to, read from its package: a module lives under
 * {@code fr.clocher.<module>}, every name there but the platform's own is a module. Its
 * {@code api} package and the root package of each of its jars (auto-configuration,
 * descriptor, properties) are what it publishes; deeper packages are its internals.
 */
final class ModulePackages {

	private static final String ROOT = "fr.clocher.";

	private static final Set<String> PLATFORM = Set.of("kernel", "tenant", "portal", "launcher", "bench");

	static final DescribedPredicate<JavaClass> IN_A_MODULE = DescribedPredicate.describe("are in a commune module",
			(type) -> moduleOf(type).isPresent());

	static final DescribedPredicate<JavaClass> MODULE_INTERNALS = DescribedPredicate.describe(
			"are a module's internals (neither its api package nor the root package of one of its jars)",
			(type) -> moduleOf(type).isPresent() && !published(type));

	private ModulePackages() {
	}

	static Optional<String> moduleOf(JavaClass type) {
		String packageName = type.getBaseComponentType().getPackageName();
		if (!packageName.startsWith(ROOT)) {
			return Optional.empty();
		}
		String module = packageName.substring(ROOT.length()).split("\\.")[0];
		return PLATFORM.contains(module) ? Optional.empty() : Optional.of(module);
	}

	static boolean inApi(JavaClass type, String module) {
		String packageName = type.getBaseComponentType().getPackageName();
		String api = ROOT + module + ".api";
		return packageName.equals(api) || packageName.startsWith(api + ".");
	}

	private static boolean published(JavaClass type) {
		String module = moduleOf(type).orElseThrow();
		int depth = type.getBaseComponentType().getPackageName().split("\\.").length;
		return inApi(type, module) || depth <= 4;
	}

}
