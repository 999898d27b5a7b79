package fr.clocher.tenant.platform;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, with what a pager needs.
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <E, T> PageOf<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageOf<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
