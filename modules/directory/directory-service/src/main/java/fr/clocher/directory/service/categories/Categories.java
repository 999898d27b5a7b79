package fr.clocher.directory.service.categories;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.clocher.directory.api.Category;
import fr.clocher.directory.api.CategoryDraft;
import fr.clocher.directory.api.CategoryKind;
import fr.clocher.directory.api.Directory;
import fr.clocher.directory.service.entries.Checks;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Slugs;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.site.SiteVersions;

import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's categories: checked, then written in one transaction with the
 * change log's line (and a new site version when residents may see it).
 */
public class Categories {

	private final CategoryStore store;

	private final ChangeLog log;

	private final SiteVersions versions;

	private final Clock clock;

	Categories(CategoryStore store, ChangeLog log, SiteVersions versions, Clock clock) {
		this.store = store;
		this.log = log;
		this.versions = versions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Category> all() {
		return this.store.all();
	}

	@Transactional(readOnly = true)
	public Category get(UUID id) {
		return this.store.find(id)
			.orElseThrow(() -> ApiProblem.notFound("category-not-found", "categoryId",
					LocalizedText.of("Aucune catégorie n'a l'identifiant %s.", "No category has the id %s.")
						.formatted(id)));
	}

	@Transactional
	public Category create(CategoryDraft draft) {
		UUID id = UUID.randomUUID();
		Checked checked = check(draft, id);
		this.store.insert(id, checked.name(), checked.slug(), checked.kind(), this.clock.instant());
		record("Catégorie « %s » : création", "Category '%s': created", checked.name());
		return get(id);
	}

	@Transactional
	public Category update(UUID id, CategoryDraft draft) {
		Category before = get(id);
		Checked checked = check(draft, id);
		this.store.update(id, checked.name(), checked.kind());
		record("Catégorie « %s » : modification", "Category '%s': edited", checked.name());
		if (before.entries() > 0) {
			this.versions.touch();
		}
		return get(id);
	}

	@Transactional
	public void delete(UUID id) {
		Category category = get(id);
		if (category.entries() > 0) {
			throw ApiProblem.conflict("category-not-empty", "id",
					LocalizedText
						.of("La catégorie « %s » contient %d fiches : déplacez-les d'abord.",
								"The category '%s' holds %d entries: move them first.")
						.formatted(category.name(), category.entries()));
		}
		this.store.delete(id);
		record("Catégorie « %s » : suppression", "Category '%s': deleted", category.name());
	}

	private Checked check(CategoryDraft draft, UUID id) {
		Checks checks = new Checks();
		String name = checks.text("name", (draft != null) ? draft.name() : null, 60, true);
		String slug = (name != null) ? Slugs.PAGE.of(name) : null;
		if (checks.isEmpty() && this.store.slugTaken(slug, id)) {
			checks.add("name", "Une autre catégorie porte déjà ce nom.", "Another category already has this name.");
		}
		checks.throwIfAny();
		CategoryKind kind = (draft.kind() != null) ? draft.kind() : CategoryKind.ORGANIZATION;
		return new Checked(name, slug, kind);
	}

	private void record(String fr, String en, String name) {
		this.log.record(Directory.KEY, LocalizedText.of(fr, en).formatted(name));
	}

	private record Checked(String name, String slug, CategoryKind kind) {

	}

}
