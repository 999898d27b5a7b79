package fr.clocher.kernel.testmodule;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * How a module installs itself: an auto-configuration listed in its jar, which registers
 * its package for entities and repositories; no kernel file names it.
 */
@AutoConfiguration
@AutoConfigurationPackage
@EnableAsync
@Import(NoteController.class)
public class NotesModuleAutoConfiguration {

	@Bean
	NotesModule notesModule() {
		return new NotesModule();
	}

	@Bean
	NoteArchiver noteArchiver(NoteRepository notes) {
		return new NoteArchiver(notes);
	}

}
