package fr.clocher.directory.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.directory.api.CategoriesApi;
import fr.clocher.directory.api.Category;
import fr.clocher.directory.api.CategoryDraft;
import fr.clocher.directory.api.CategoryKind;

/** The categories, in memory. */
public class InMemoryCategoriesApi implements CategoriesApi {

	public final Map<UUID, Category> categories = new LinkedHashMap<>();

	public final List<CategoryDraft> calls = new ArrayList<>();

	public RuntimeException failure;

	public void reset() {
		this.categories.clear();
		this.calls.clear();
		this.failure = null;
		add("Commerces", CategoryKind.LOCAL_BUSINESS, 0);
		add("Associations", CategoryKind.ORGANIZATION, 2);
	}

	public Category add(String name, CategoryKind kind, int entries) {
		Category category = new Category(UUID.randomUUID(), name, name.toLowerCase(), kind, entries);
		this.categories.put(category.id(), category);
		return category;
	}

	public Category named(String name) {
		return this.categories.values().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
	}

	@Override
	public List<Category> categories(String tenant) {
		return List.copyOf(this.categories.values());
	}

	@Override
	public Category createCategory(String tenant, CategoryDraft draft) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.calls.add(draft);
		return add(draft.name(), draft.kind(), 0);
	}

	@Override
	public Category updateCategory(String tenant, UUID id, CategoryDraft draft) {
		return this.categories.get(id);
	}

	@Override
	public void deleteCategory(String tenant, UUID id) {
		this.categories.remove(id);
	}

}
