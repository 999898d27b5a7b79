package fr.clocher.directory.api;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The directory's categories: the defaults (associations, commerces, artisans, santé,
 * enfance, services publics, transports), given to the tenant the first time its
 * categories are read, and the secretary's own.
 *
 * <p>
 * {@code tenant} is the tenant's slug; see the {@linkplain fr.clocher.directory.api
 * package's conventions}.
 */
@HttpExchange(Directory.API)
public interface CategoriesApi {

	/**
	 * The tenant's categories, by name.
	 * @param tenant the tenant's slug
	 * @return them
	 */
	@GetExchange("/categories")
	List<Category> categories(@PathVariable("tenant") String tenant);

	/**
	 * Adds a category; {@code name} (400) when blank, too long or already taken.
	 * @param tenant the tenant's slug
	 * @param draft its name and kind
	 * @return it, created (201)
	 */
	@PostExchange("/categories")
	Category createCategory(@PathVariable("tenant") String tenant, @RequestBody CategoryDraft draft);

	/**
	 * Renames a category or changes its kind (its address stays).
	 * @param tenant the tenant's slug
	 * @param id the category
	 * @param draft its new name and kind
	 * @return it
	 */
	@PutExchange("/categories/{id}")
	Category updateCategory(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody CategoryDraft draft);

	/**
	 * Deletes an empty category; {@code category-not-empty} (409) while entries use it.
	 * @param tenant the tenant's slug
	 * @param id the category
	 */
	@DeleteExchange("/categories/{id}")
	void deleteCategory(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

}
