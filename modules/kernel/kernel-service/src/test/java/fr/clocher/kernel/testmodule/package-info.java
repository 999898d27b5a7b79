/**
 * A small commune module that lives in test sources to prove the module kernel: a notice
 * board whose notes are a tenant table, mapped with {@code @TenantId}, migrated with its
 * own history, discovered through its auto-configuration, guarded by activation.
 */
package fr.clocher.kernel.testmodule;
