package fr.clocher.bench.onboarding.notices;

import java.util.List;
import java.util.Set;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.module.ClocherModule;

/**
 * The benchmark's notice board, as the module catalog sees it. Its migrations are under
 * {@code db/migration/bench-notices}.
 */
public class BenchNoticesModule implements ClocherModule {

	static final String KEY = "bench-notices";

	private static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(KEY,
			LocalizedText.of("Avis (banc d'essai)", "Notices (benchmark)"),
			LocalizedText.of("Un panneau d'avis qui sert à mesurer les requêtes par collectivité.",
					"A notice board used to measure tenant-scoped queries."),
			List.of(), List.of(), Set.of());

	@Override
	public ModuleDescriptor descriptor() {
		return DESCRIPTOR;
	}

}
