package fr.clocher.wastebilling.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.clocher.kernel.test.host.ModuleTest;

/**
 * A test of the module on the kernel's module test host (which reads the platform's
 * membership tables as tenant-service's registry reads them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ModuleTest
public @interface WasteBillingTest {

}
