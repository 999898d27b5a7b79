/**
 * The module kernel. A commune module is a jar on the classpath whose Spring Boot
 * auto-configuration declares a {@link fr.clocher.kernel.module.ClocherModule} bean; the
 * {@link fr.clocher.kernel.module.ModuleCatalog} collects them, each module's migrations
 * run with their own Flyway history table, a tenant switches a module on or off with an
 * activation row, and one guard makes a disabled module's endpoints answer 404. The
 * kernel never lists modules by name.
 */
package fr.clocher.kernel.module;
