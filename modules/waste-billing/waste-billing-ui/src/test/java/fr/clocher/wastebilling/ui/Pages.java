package fr.clocher.wastebilling.ui;

import java.util.ArrayList;
import java.util.List;

import fr.clocher.kernel.api.platform.PageOf;

/** One page of a list, as the API pages it; every request is recorded. */
public final class Pages {

	/** A page asked for. */
	public record Request(String q, int page, int size) {

	}

	private final List<Request> requests = new ArrayList<>();

	public <T> PageOf<T> page(List<T> all, String q, int page, int size, int max) {
		if (size < 1 || size > max || page < 0) {
			throw new IllegalArgumentException("page " + page + " size " + size);
		}
		this.requests.add(new Request(q, page, size));
		int from = Math.min(all.size(), page * size);
		int to = Math.min(all.size(), from + size);
		return new PageOf<>(List.copyOf(all.subList(from, to)), page, size, all.size(), (all.size() + size - 1) / size);
	}

	public List<Request> requests() {
		return this.requests;
	}

	public void reset() {
		this.requests.clear();
	}

}
