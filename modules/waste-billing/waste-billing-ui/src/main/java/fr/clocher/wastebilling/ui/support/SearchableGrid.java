package fr.clocher.wastebilling.ui.support;

import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.clocher.kernel.api.platform.PageOf;

/**
 * A search field over a grid of rows the API searches and pages: each change of the text
 * asks the API again, and only the pages the grid shows are read.
 *
 * @param <T> a row
 */
public class SearchableGrid<T> extends VerticalLayout {

	/** The API's search: the text (null when blank), the page and its size. */
	@FunctionalInterface
	public interface Search<T> {

		PageOf<T> page(String q, int page, int size);

	}

	public final TextField search;

	public final Grid<T> grid = new Grid<>();

	private final Search<T> api;

	private final int pageSize;

	/**
	 * The field and its grid; the caller adds the grid's columns.
	 * @param searchLabel the field's label
	 * @param emptyText what the grid says when nothing matches
	 * @param pageSize the rows read at a time
	 * @param api the search
	 * @param open what a click on a row opens
	 */
	public SearchableGrid(String searchLabel, String emptyText, int pageSize, Search<T> api, Consumer<T> open) {
		this.api = api;
		this.pageSize = pageSize;
		this.search = new TextField(searchLabel);
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setWidthFull();
		this.search.addValueChangeListener((event) -> show());
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setPageSize(pageSize);
		this.grid.setEmptyStateText(emptyText);
		this.grid.addItemClickListener((event) -> open.accept(event.getItem()));
		setPadding(false);
		add(this.search, this.grid);
	}

	/** Reads the rows matching the text as it is now. */
	public void show() {
		String q = this.search.getValue().strip();
		this.grid.setItems(Paged.of((page, size) -> this.api.page(q.isEmpty() ? null : q, page, size), this.pageSize));
	}

}
