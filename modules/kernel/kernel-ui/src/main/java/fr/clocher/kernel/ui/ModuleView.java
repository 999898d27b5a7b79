package fr.clocher.kernel.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route as belonging to a module: portal-ui opens it only for a selected commune
 * that has the module on, and otherwise explains why it cannot.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModuleView {

	/** The module's key. */
	String value();

}
