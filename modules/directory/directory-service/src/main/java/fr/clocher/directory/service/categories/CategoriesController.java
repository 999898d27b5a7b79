package fr.clocher.directory.service.categories;

import java.util.List;
import java.util.UUID;

import fr.clocher.directory.api.CategoriesApi;
import fr.clocher.directory.api.Category;
import fr.clocher.directory.api.CategoryDraft;
import fr.clocher.directory.api.Directory;
import fr.clocher.kernel.module.ModuleEndpoint;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Categories over HTTP.
 */
@RestController
@ModuleEndpoint(Directory.KEY)
class CategoriesController implements CategoriesApi {

	private final Categories categories;

	CategoriesController(Categories categories) {
		this.categories = categories;
	}

	@Override
	public List<Category> categories(String tenant) {
		return this.categories.all();
	}

	@Override
	@ResponseStatus(HttpStatus.CREATED)
	public Category createCategory(String tenant, CategoryDraft draft) {
		return this.categories.create(draft);
	}

	@Override
	public Category updateCategory(String tenant, UUID id, CategoryDraft draft) {
		return this.categories.update(id, draft);
	}

	@Override
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void deleteCategory(String tenant, UUID id) {
		this.categories.delete(id);
	}

}
