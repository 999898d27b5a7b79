package fr.clocher.kernel.tenancy;

/**
 * The platform's own host names, the only ones where a commune's public site is reached
 * by path ({@code /c/{slug}/}); on any other host, the host alone names the commune (or
 * none). tenant-service provides them from its settings; without them, no host is the
 * platform's.
 */
@FunctionalInterface
public interface PlatformHosts {

	/** Whether this host name (without port) is one of the platform's own. */
	boolean contains(String host);

}
