package fr.clocher.kernel.test.host;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.clocher.kernel.test.IntegrationTest;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AliasFor;

/**
 * A test of a module's backend on the {@link ModuleTestHost}, against a PostgreSQL
 * database of its own, through {@code MockMvc} and the production security chain.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest(classes = ModuleTestHost.class)
@AutoConfigureMockMvc
public @interface ModuleTest {

	@AliasFor(annotation = IntegrationTest.class, attribute = "properties")
	String[] properties() default {};

}
