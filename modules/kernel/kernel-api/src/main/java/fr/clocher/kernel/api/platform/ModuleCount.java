package fr.clocher.kernel.api.platform;

import fr.clocher.kernel.api.LocalizedText;

/**
 * One module across the tenants of a matrix.
 *
 * @param key the module key
 * @param name its name
 * @param enabled how many of the tenants have it on
 * @param eligible how many of the tenants may have it (their kind allows it)
 */
public record ModuleCount(String key, LocalizedText name, long enabled, long eligible) {

}
