package fr.clocher.kernel.test.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every side of the platform obeys, whatever modules are installed. A test
 * checks each as an {@code @ArchTest} field of its own (not through {@code ArchTests.in},
 * whose rules a {@code -Dtest=} filter on the test class silently skips).
 */
public final class PlatformRules {

	public static final ArchRule KERNEL_NEVER_KNOWS_A_MODULE = noClasses().that()
		.resideInAPackage("fr.clocher.kernel..")
		.should()
		.dependOnClassesThat(ModulePackages.IN_A_MODULE)
		.because("modules register themselves; the kernel never lists them");

	public static final ArchRule MODULES_MEET_THROUGH_THEIR_API = classes().that(ModulePackages.IN_A_MODULE)
		.should(onlyReachOtherModulesThroughTheirApi());

	public static final ArchRule MODULE_INTERNALS_STAY_INSIDE = noClasses().that()
		.resideInAnyPackage("fr.clocher.kernel..", "fr.clocher.tenant..", "fr.clocher.portal..")
		.should()
		.dependOnClassesThat(ModulePackages.MODULE_INTERNALS)
		.because("the platform uses a module only through its api package and the root package of its jars");

	private PlatformRules() {
	}

	private static ArchCondition<JavaClass> onlyReachOtherModulesThroughTheirApi() {
		return new ArchCondition<>("only reach other modules through their api package") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String own = ModulePackages.moduleOf(type).orElseThrow();
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					ModulePackages.moduleOf(target)
						.filter((other) -> !other.equals(own) && !ModulePackages.inApi(target, other))
						.ifPresent((other) -> events.add(SimpleConditionEvent.violated(dependency,
								dependency.getDescription() + " (module " + other + " outside its api)")));
				}
			}

		};
	}

}
