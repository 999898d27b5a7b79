package fr.clocher.directory.service.entries;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * French search in the directory, in up to three steps, each only when the one before
 * found nothing. First an entry is found when its words match the query's by French
 * stems, accents and case ignored ({@code websearch_to_tsquery} on the module's
 * {@code directory_french} configuration: unaccent, then the French stemmer), each stem
 * as a prefix (the stemmer keeps some plurals: "vélos" is not "vélo"), ranked by
 * {@code ts_rank} (the name weighs more than the description). Then an entry is found
 * when its name is close to the query by trigrams ({@code word_similarity} on the plain
 * name, at least {@code clocher.directory.typo-similarity}: the {@code <%} operator),
 * which finds a misspelt name; then the same on the name and description, for a misspelt
 * word of a description; ranked by that similarity. Then by name. Runs inside the
 * caller's transaction.
 *
 * <p>
 * Under row-level security neither step can use a GIN index ({@code @@} and {@code <%}
 * are not leakproof, so PostgreSQL never evaluates them before the policies): each
 * filters the rows of the tenants the btree finds, and costs the commune's size. The
 * trigrams cost the most, and with the length of the text: the name first (some seven
 * times cheaper than name and description), the description only for a search that finds
 * nothing else ({@code V4__search_per_commune.sql}, {@code bench/directory}).
 */
public class Search {

	/** A quoted lexeme in a tsquery's text (a quote inside is doubled). */
	private static final String LEXEME = "'((?:[^']|'')*)'";

	/** The same lexeme, matching as a prefix. */
	private static final String PREFIX = "'\\1':*";

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
		List<StoredEntry> found = rows(this.jdbc.sql("select " + EntryStore.COLUMNS + """
				 from directory_entry e,
				  unnest(array[regexp_replace(websearch_to_tsquery('directory_french', :q)::text, :lexeme, :prefix,
				                              'g')::tsquery]) tsq
				where e.tenant_id = any(:tenants) and (not :published or e.status = 'PUBLISHED')
				  and e.search_vector @@ tsq
				order by ts_rank(e.search_vector, tsq) desc, lower(e.name), e.id
				limit :limit
				""").param("q", words).param("lexeme", LEXEME).param("prefix", PREFIX), ids, publishedOnly, limit);
		if (!found.isEmpty()) {
			return found;
		}
		// The threshold of <%, for this transaction only (callers search inside one), and
		// the plain query, computed once rather than on each row.
		String plain = this.jdbc
			.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true), directory_plain(?)")
			.params(Double.toString(this.similarity), words)
			.query((rs, n) -> rs.getString(2))
			.single();
		for (String text : List.of("e.search_name", "e.search_text")) {
			found = rows(this.jdbc
				.sql("select " + EntryStore.COLUMNS + " from directory_entry e"
						+ " where e.tenant_id = any(:tenants) and (not :published or e.status = 'PUBLISHED')"
						+ " and :plain <% " + text + " order by word_similarity(:plain, " + text
						+ ") desc, lower(e.name), e.id limit :limit")
				.param("plain", plain), ids, publishedOnly, limit);
			if (!found.isEmpty()) {
				return found;
			}
		}
		return found;
	}

	/** The entries a search statement finds, with the parameters every step has. */
	private List<StoredEntry> rows(JdbcClient.StatementSpec statement, UUID[] tenants, boolean publishedOnly,
			int limit) {
		return statement.param("tenants", tenants)
			.param("published", publishedOnly)
			.param("limit", limit)
			.query(this.store.mapper())
			.list();
	}

}
