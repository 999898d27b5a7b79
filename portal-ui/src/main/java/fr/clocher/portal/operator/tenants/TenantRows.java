package fr.clocher.portal.operator.tenants;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.api.platform.TenantSort;

/**
 * The grid's lazy data: each page the grid asks for is one call to the operator API with
 * the filters and the sort (two when a range straddles pages); the count is a second,
 * one-row call. Nothing is loaded in memory beyond the pages shown.
 */
class TenantRows {

	private final PlatformApi api;

	private final Consumer<RuntimeException> onFailure;

	private TenantCriteria criteria = TenantCriteria.none();

	TenantRows(PlatformApi api, Consumer<RuntimeException> onFailure) {
		this.api = api;
		this.onFailure = onFailure;
	}

	void setCriteria(TenantCriteria criteria) {
		this.criteria = criteria;
	}

	TenantCriteria criteria() {
		return this.criteria;
	}

	Stream<TenantRow> fetch(Query<TenantRow, Void> query) {
		try {
			int offset = query.getOffset();
			int limit = query.getLimit();
			if (offset % limit == 0) {
				return page(offset / limit, limit, query.getSortOrders()).items().stream();
			}
			Stream<TenantRow> twoPages = Stream.concat(
					page(offset / limit, limit, query.getSortOrders()).items().stream(),
					page(offset / limit + 1, limit, query.getSortOrders()).items().stream());
			return twoPages.skip(offset % limit).limit(limit);
		}
		catch (RuntimeException ex) {
			this.onFailure.accept(ex);
			return Stream.empty();
		}
	}

	int count(Query<TenantRow, Void> query) {
		try {
			return (int) page(0, 1, List.of()).totalItems();
		}
		catch (RuntimeException ex) {
			this.onFailure.accept(ex);
			return 0;
		}
	}

	private PageOf<TenantRow> page(int page, int size, List<QuerySortOrder> sortOrders) {
		TenantSort sort = null;
		Boolean descending = null;
		if (!sortOrders.isEmpty()) {
			sort = TenantSort.valueOf(sortOrders.get(0).getSorted());
			descending = sortOrders.get(0).getDirection() == SortDirection.DESCENDING;
		}
		TenantCriteria c = this.criteria;
		return this.api.tenants(c.text(), c.kind(), c.status(), c.department(), c.group(), c.module(), sort, descending,
				page, size);
	}

}
