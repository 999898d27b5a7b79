package fr.clocher.kernel.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller as belonging to a module: its endpoints answer 404 for a tenant that
 * has not enabled the module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ModuleEndpoint {

	/** The module's key. */
	String value();

}
