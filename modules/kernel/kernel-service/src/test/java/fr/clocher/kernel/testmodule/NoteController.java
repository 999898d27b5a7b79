package fr.clocher.kernel.testmodule;

import java.util.List;
import java.util.Map;

import fr.clocher.kernel.module.ModuleEndpoint;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ModuleEndpoint("notes")
@RequestMapping("/api/tenants/{tenant}/notes")
class NoteController {

	private final NoteRepository notes;

	NoteController(NoteRepository notes) {
		this.notes = notes;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<String> list() {
		return this.notes.findAll().stream().map(Note::getBody).sorted().toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	String add(@RequestBody Map<String, String> note) {
		return this.notes.save(new Note(note.get("body"))).getId().toString();
	}

}
