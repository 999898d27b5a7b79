package fr.clocher.directory.ui.categories;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.directory.api.CategoriesApi;
import fr.clocher.directory.api.Category;
import fr.clocher.directory.api.CategoryDraft;
import fr.clocher.directory.api.CategoryKind;
import fr.clocher.directory.api.Directory;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The directory's categories: the defaults and the secretary's own, each with what its
 * entries are (for search engines); an empty one may be deleted.
 */
@Route("directory/categories")
@PageTitle("Catégories de l'annuaire")
@ModuleView(Directory.KEY)
@PermitAll
public class CategoriesView extends ModuleScreen {

	final Grid<Category> grid = new Grid<>();

	final TextField name = new TextField(translate("directory.categories.name"));

	final ComboBox<CategoryKind> kind = new ComboBox<>(translate("directory.categories.kind"));

	final Button add = new Button(translate("directory.categories.add"), VaadinIcon.PLUS.create(), (event) -> add());

	private final CategoriesApi categoriesApi;

	public CategoriesView(CategoriesApi categoriesApi) {
		super(translate("directory.categories.title"), translate("directory.categories.intro"));
		this.categoriesApi = categoriesApi;
		this.kind.setItems(Arrays.asList(CategoryKind.values()));
		this.kind.setItemLabelGenerator(CategoriesView::label);
		this.kind.setValue(CategoryKind.ORGANIZATION);
		this.add.setId("add-category");
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.api.field("name", this.name);
		this.grid.addColumn(Category::name).setHeader(translate("directory.categories.name"));
		this.grid.addColumn((category) -> label(category.kind())).setHeader(translate("directory.categories.kind"));
		this.grid.addColumn(Category::entries).setHeader(translate("directory.categories.entries"));
		this.grid.addComponentColumn((category) -> {
			Button delete = new Button(VaadinIcon.TRASH.create(), (event) -> delete(category));
			delete.setAriaLabel(translate("directory.categories.delete", category.name()));
			delete.setEnabled(category.entries() == 0);
			return delete;
		});
		this.grid.setAllRowsVisible(true);
		HorizontalLayout form = new HorizontalLayout(this.name, this.kind, this.add);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		add(this.grid, form);
		load();
	}

	static String label(CategoryKind kind) {
		return translate(switch (kind) {
			case ORGANIZATION -> "directory.kind.organization";
			case LOCAL_BUSINESS -> "directory.kind.local-business";
			case MEDICAL -> "directory.kind.medical";
			case EDUCATION -> "directory.kind.education";
			case GOVERNMENT -> "directory.kind.government";
			case TRANSPORT -> "directory.kind.transport";
		});
	}

	private void add() {
		this.api
			.run(() -> this.categoriesApi.createCategory(tenant(),
					new CategoryDraft(this.name.getValue(), this.kind.getValue())))
			.ifPresent((category) -> {
				this.name.clear();
				ApiCall.success(translate("directory.categories.added", category.name()));
				load();
			});
	}

	private void delete(Category category) {
		if (this.api.run(() -> this.categoriesApi.deleteCategory(tenant(), category.id()))) {
			ApiCall.success(translate("directory.categories.deleted", category.name()));
			load();
		}
	}

	private void load() {
		this.api.run(() -> this.categoriesApi.categories(tenant())).ifPresent(this.grid::setItems);
	}

}
