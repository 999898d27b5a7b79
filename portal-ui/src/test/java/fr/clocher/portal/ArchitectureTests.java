package fr.clocher.portal;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.clocher.kernel.test.architecture.PlatformRules;
import fr.clocher.kernel.test.architecture.TestClassesExcluded;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The platform's rules on the admin: the kernel's UI, portal-ui and every installed
 * module's UI, all on this classpath.
 */
@AnalyzeClasses(packages = "fr.clocher", importOptions = TestClassesExcluded.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule kernelNeverKnowsAModule = PlatformRules.KERNEL_NEVER_KNOWS_A_MODULE;

	@ArchTest
	static final ArchRule modulesMeetThroughTheirApi = PlatformRules.MODULES_MEET_THROUGH_THEIR_API;

	@ArchTest
	static final ArchRule moduleInternalsStayInside = PlatformRules.MODULE_INTERNALS_STAY_INSIDE;

	@ArchTest
	static final ArchRule noDatabaseInTheAdmin = noClasses().that()
		.resideInAPackage("fr.clocher.portal..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..", "javax.sql..",
				"org.springframework.jdbc..")
		.because("portal-ui reaches the data only through tenant-service's API");

}
