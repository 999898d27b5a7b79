package fr.clocher.kernel.tenancy;

/**
 * Tenant-scoped work was attempted with no tenant known: the platform fails closed.
 */
public class NoTenantException extends IllegalStateException {

	public NoTenantException() {
		super("No tenant is set for this work");
	}

}
