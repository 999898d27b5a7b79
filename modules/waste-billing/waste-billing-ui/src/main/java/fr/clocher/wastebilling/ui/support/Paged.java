package fr.clocher.wastebilling.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.data.provider.CallbackDataProvider;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.ui.ApiCall;

/**
 * A grid's rows fetched from a paged API as the secretary scrolls: only the pages the
 * grid asks for are requested, never the whole list.
 *
 * @param <T> a row
 */
public final class Paged<T> {

	/** The API's pages of a given size. */
	@FunctionalInterface
	public interface Fetch<T> {

		PageOf<T> page(int page, int size);

	}

	private final Fetch<T> fetch;

	private final int size;

	private Paged(Fetch<T> fetch, int size) {
		this.fetch = fetch;
		this.size = size;
	}

	/**
	 * A data provider reading pages of {@code size} rows.
	 * @param <T> a row
	 * @param fetch the API call for one page
	 * @param size the page size the API accepts
	 * @return the provider
	 */
	public static <T> CallbackDataProvider<T, Void> of(Fetch<T> fetch, int size) {
		Paged<T> paged = new Paged<>(fetch, size);
		return new CallbackDataProvider<>((query) -> paged.rows(query.getOffset(), query.getLimit()),
				(query) -> paged.count());
	}

	private Stream<T> rows(int offset, int limit) {
		List<T> rows = new ArrayList<>(limit);
		int first = offset / this.size;
		int last = (offset + limit - 1) / this.size;
		for (int page = first; page <= last; page++) {
			PageOf<T> found = fetch(page, this.size);
			int start = Math.max(0, offset - page * this.size);
			int end = Math.min(found.items().size(), offset + limit - page * this.size);
			for (int i = start; i < end; i++) {
				rows.add(found.items().get(i));
			}
			if (found.items().size() < this.size) {
				break;
			}
		}
		return rows.stream();
	}

	private int count() {
		return Math.toIntExact(Math.min(Integer.MAX_VALUE, fetch(0, 1).totalItems()));
	}

	private PageOf<T> fetch(int page, int size) {
		try {
			return this.fetch.page(page, size);
		}
		catch (RuntimeException failure) {
			ApiCall.failure(failure);
			return new PageOf<>(List.of(), page, size, 0, 0);
		}
	}

}
