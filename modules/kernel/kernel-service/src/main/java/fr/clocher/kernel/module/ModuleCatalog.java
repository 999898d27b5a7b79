package fr.clocher.kernel.module;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.clocher.kernel.api.ModuleDescriptor;

/**
 * Every module installed on this platform, found as beans: what is on the classpath is
 * installed, whether a tenant enables it is another matter.
 */
public class ModuleCatalog {

	private final Map<String, ClocherModule> modules = new TreeMap<>();

	public ModuleCatalog(Collection<ClocherModule> installed) {
		for (ClocherModule module : installed) {
			ClocherModule previous = this.modules.put(module.key(), module);
			if (previous != null) {
				throw new IllegalStateException("Two modules declare the key " + module.key() + ": "
						+ previous.getClass().getName() + " and " + module.getClass().getName());
			}
		}
	}

	public List<ClocherModule> modules() {
		return List.copyOf(this.modules.values());
	}

	public List<ModuleDescriptor> descriptors() {
		return this.modules.values().stream().map(ClocherModule::descriptor).toList();
	}

	public Optional<ClocherModule> find(String key) {
		return Optional.ofNullable(this.modules.get(key));
	}

}
