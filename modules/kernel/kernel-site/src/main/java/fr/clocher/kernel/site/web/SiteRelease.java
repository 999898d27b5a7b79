package fr.clocher.kernel.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What the release deployed gives every page: a fingerprint of the site's templates and
 * style sheets as the class path holds them, and of {@code clocher.site.release} (which a
 * deployment sets to its image's tag, so that a change of code alone is a new release
 * too). Every instance of one release has the same, however and whenever it started; so a
 * copy revalidated on one instance is recognised by another.
 */
@Component
class SiteRelease {

	private static final String[] PATTERNS = { "classpath*:templates/**/*.mustache", "classpath*:site/*.css" };

	private final String fingerprint;

	SiteRelease(SiteProperties properties) {
		this.fingerprint = fingerprint(properties.release());
	}

	/** A short name of this release's site resources. */
	String fingerprint() {
		return this.fingerprint;
	}

	private static String fingerprint(String release) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(release.getBytes(StandardCharsets.UTF_8));
			for (Map.Entry<String, byte[]> resource : resources().entrySet()) {
				digest.update(resource.getKey().getBytes(StandardCharsets.UTF_8));
				digest.update(resource.getValue());
			}
			byte[] hash = digest.digest();
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (hash[i] & 0xff);
			}
			return Long.toUnsignedString(value, 36);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The resources by their path inside the class path (not where it lies on disk). */
	private static Map<String, byte[]> resources() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, byte[]> contents = new TreeMap<>();
		try {
			for (String pattern : PATTERNS) {
				String root = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
				for (Resource resource : resolver.getResources(pattern)) {
					String location = resource.getURL().toString();
					String path = location.substring(location.lastIndexOf(root));
					try (InputStream in = resource.getInputStream()) {
						contents.merge(path, in.readAllBytes(), SiteRelease::concatenated);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return contents;
	}

	private static byte[] concatenated(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
