package fr.clocher.kernel.testmodule;

import java.util.List;
import java.util.Set;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.PermissionDescriptor;
import fr.clocher.kernel.api.SettingDescriptor;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.module.ClocherModule;

class NotesModule implements ClocherModule {

	static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor("notes", LocalizedText.of("Notes", "Notes"),
			LocalizedText.of("Un panneau de notes pour tester le noyau.", "A notice board to test the kernel."),
			List.of(SettingDescriptor.integer("maxNotes", LocalizedText.of("Nombre maximal", "Maximum"), 20, 1, 100),
					SettingDescriptor.flag("public", LocalizedText.of("Visible du public", "Public"), false)),
			List.of(new PermissionDescriptor("notes.write", LocalizedText.of("Écrire", "Write"))),
			Set.of(TenantKind.COMMUNE));

	@Override
	public ModuleDescriptor descriptor() {
		return DESCRIPTOR;
	}

}
