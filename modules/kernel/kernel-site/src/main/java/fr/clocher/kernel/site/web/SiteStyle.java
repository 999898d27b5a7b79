package fr.clocher.kernel.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteModules;
import fr.clocher.kernel.site.SiteStyleFragment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The style sheet of a commune's site: the frame's rules, then the fragments of the
 * modules the commune has enabled, by module key. Served at a path that names its content
 * ({@code /_/site.<hash>.css}) so that it can be cached for a year. Each combination of
 * fragments is assembled once and kept, as are the paths it was served under; the
 * combinations are few (at most one per subset of the modules that bring styles).
 */
@Component
class SiteStyle {

	private static final String PREFIX = "/_/site.";

	private final String frame;

	/** The fragments' rules by module key, in that order. */
	private final SortedMap<String, String> fragments;

	private final ModuleActivations activations;

	private final SiteModules modules;

	private final Map<List<String>, Sheet> byModules = new ConcurrentHashMap<>();

	private final Map<String, Sheet> byPath = new ConcurrentHashMap<>();

	SiteStyle(ObjectProvider<SiteStyleFragment> fragments, ModuleActivations activations, SiteModules modules) {
		this.frame = read("site/site.css");
		this.fragments = fragments.orderedStream()
			.collect(Collectors.toMap(SiteStyleFragment::moduleKey, (fragment) -> read(fragment.location()),
					(first, second) -> first + "\n" + second, TreeMap::new));
		this.activations = activations;
		this.modules = modules;
	}

	/**
	 * The current tenant's style sheet, from the modules it has enabled and those whose
	 * pages its site offers through one of its groups.
	 */
	Sheet current() {
		Set<String> offered = this.modules.offeredKeys();
		return sheet(this.fragments.keySet()
			.stream()
			.filter((key) -> offered.contains(key) || this.activations.isEnabled(key))
			.toList());
	}

	/** The style sheet of the frame and these modules' fragments (in any order). */
	Sheet sheet(Collection<String> moduleKeys) {
		List<String> keys = moduleKeys.stream().filter(this.fragments::containsKey).sorted().distinct().toList();
		Sheet sheet = this.byModules.computeIfAbsent(keys, this::assemble);
		this.byPath.putIfAbsent(sheet.path(), sheet);
		return sheet;
	}

	/** Whether a site path asks for a style sheet (a current one or an older one). */
	boolean matches(String sitePath) {
		return sitePath.startsWith(PREFIX) && sitePath.endsWith(".css");
	}

	/** The style sheet served under this path, if this process has assembled it. */
	Optional<Sheet> find(String sitePath) {
		return Optional.ofNullable(this.byPath.get(sitePath));
	}

	private Sheet assemble(List<String> moduleKeys) {
		StringBuilder css = new StringBuilder(this.frame);
		moduleKeys.forEach((key) -> css.append(this.fragments.get(key)));
		byte[] bytes = css.toString().getBytes(StandardCharsets.UTF_8);
		return new Sheet(PREFIX + hash(bytes) + ".css", bytes);
	}

	private static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(String location) {
		try (InputStream input = new ClassPathResource(location).getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8).strip() + "\n";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No style sheet at " + location, ex);
		}
	}

	/**
	 * An assembled style sheet.
	 *
	 * @param path its site path, which names its content
	 * @param bytes its content, in UTF-8
	 */
	record Sheet(String path, byte[] bytes) {

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

	}

}
