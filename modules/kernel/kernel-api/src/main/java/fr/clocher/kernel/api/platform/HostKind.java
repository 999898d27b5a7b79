package fr.clocher.kernel.api.platform;

/**
 * A host given by the platform ({@code <slug>.<platform domain>}) or a domain the tenant
 * owns.
 */
public enum HostKind {

	PLATFORM, CUSTOM

}
