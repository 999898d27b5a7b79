package fr.clocher.kernel.api.platform;

import java.util.List;

/**
 * One page of a list, with what a pager needs.
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems the number of items on all pages
 * @param totalPages the number of pages
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public PageOf {
		items = List.copyOf(items);
	}

	/** A page cut from the total. */
	public static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
		return new PageOf<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
	}

}
