/**
 * The platform's architecture rules, checked by the build: the kernel never knows a
 * module, modules meet only through their {@code api} packages, and nothing outside a
 * module uses its internals. They are checked where every class is on the classpath:
 * tenant-service's tests for the backend, portal-ui's for the admin.
 */
package fr.clocher.kernel.test.architecture;
