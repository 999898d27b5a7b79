package fr.clocher.kernel.api;

/**
 * Something a module lets people do ({@code website.publish}), mapped to roles by the
 * platform.
 */
public record PermissionDescriptor(String key, LocalizedText label) {

}
