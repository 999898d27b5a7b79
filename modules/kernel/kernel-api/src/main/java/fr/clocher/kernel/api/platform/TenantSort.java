package fr.clocher.kernel.api.platform;

/**
 * What the tenant list is sorted by; ties are broken by name.
 */
public enum TenantSort {

	NAME, KIND, STATUS, POPULATION, LAST_ACTIVITY

}
