package fr.clocher.directory.service.entries;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * French search in the directory, in two steps. First an entry is found when its words
 * match the query's by French stems, accents and case ignored
 * ({@code websearch_to_tsquery} on the module's {@code directory_french} configuration:
 * unaccent, then the French stemmer), ranked by {@code ts_rank} (the name weighs more
 * than the description). Only when that finds nothing, an entry is found when one of its
 * words is close to the query by trigrams ({@code word_similarity} on the plain text, at
 * least {@code clocher.directory.typo-similarity}: the {@code <%} operator), which finds
 * a misspelt word (or a plural the stemmer keeps: "vélos"), ranked by that similarity.
 * Then by name. Runs inside the caller's transaction.
 */
public class Search {

	private final JdbcClient jdbc;

	private final EntryStore store;

	private final double similarity;

	Search(JdbcClient jdbc, EntryStore store, double similarity) {
		this.jdbc = jdbc;
		this.store = store;
		this.similarity = similarity;
	}

	/**
	 * The entries of the given tenants a query finds, best first.
	 * @param tenants the current tenant, and its groups for a public search
	 * @param query what the reader typed
	 * @param publishedOnly false for the secretary's search (drafts too)
	 * @param limit the most entries answered
	 * @return the entries found
	 */
	public List<StoredEntry> find(List<UUID> tenants, String query, boolean publishedOnly, int limit) {
		String words = Checks.clean(query);
		if (words == null) {
			return List.of();
		}
		words = (words.length() > 200) ? words.substring(0, 200) : words;
		UUID[] ids = tenants.toArray(UUID[]::new);
		// Full text first: most searches end here. Only when it finds nothing (a misspelt
		// word) are the trigrams computed, on the text of each of the tenant's rows.
		// Under
		// row-level security neither step can use a GIN index (@@ and <% are not
		// leakproof): both filter the rows of the tenants, found by their btree
		// (V4__search_per_commune.sql, bench/directory).
		List<StoredEntry> found = this.jdbc.sql("select " + EntryStore.COLUMNS + """
				 from directory_entry e, websearch_to_tsquery('directory_french', :q) tsq
				where e.tenant_id = any(:tenants) and (not :published or e.status = 'PUBLISHED')
				  and e.search_vector @@ tsq
				order by ts_rank(e.search_vector, tsq) desc, lower(e.name), e.id
				limit :limit
				""")
			.param("q", words)
			.param("tenants", ids)
			.param("published", publishedOnly)
			.param("limit", limit)
			.query(this.store.mapper())
			.list();
		if (!found.isEmpty()) {
			return found;
		}
		// The threshold of <% (which the trigram index may serve), for this transaction
		// only: callers search inside one.
		this.jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)")
			.param(Double.toString(this.similarity))
			.query(String.class)
			.single();
		return this.jdbc.sql("select " + EntryStore.COLUMNS + """
				 from directory_entry e, (select directory_plain(:q) as plain) q
				where e.tenant_id = any(:tenants) and (not :published or e.status = 'PUBLISHED')
				  and q.plain <% e.search_text
				order by word_similarity(q.plain, e.search_text) desc, lower(e.name), e.id
				limit :limit
				""")
			.param("q", words)
			.param("tenants", ids)
			.param("published", publishedOnly)
			.param("limit", limit)
			.query(this.store.mapper())
			.list();
	}

}
