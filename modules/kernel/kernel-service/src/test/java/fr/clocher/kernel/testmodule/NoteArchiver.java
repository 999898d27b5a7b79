package fr.clocher.kernel.testmodule;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work that leaves the request thread: it must see the caller's tenant, and only its
 * rows.
 */
public class NoteArchiver {

	private final NoteRepository notes;

	public NoteArchiver(NoteRepository notes) {
		this.notes = notes;
	}

	public record Seen(UUID tenant, String thread, List<String> bodies) {
	}

	@Async
	@Transactional(readOnly = true)
	public CompletableFuture<Seen> inBackground() {
		return CompletableFuture.completedFuture(new Seen(TenantContext.require(), Thread.currentThread().getName(),
				this.notes.findAll().stream().map(Note::getBody).toList()));
	}

}
