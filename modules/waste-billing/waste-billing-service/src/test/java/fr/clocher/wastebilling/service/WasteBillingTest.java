package fr.clocher.wastebilling.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.clocher.kernel.test.host.ModuleTest;

import org.springframework.context.annotation.Import;

/**
 * A test of the module on the kernel's module test host, with the platform's membership
 * tables read as tenant-service's registry reads them ({@link MembershipRelations}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ModuleTest
@Import(MembershipRelations.class)
public @interface WasteBillingTest {

}
