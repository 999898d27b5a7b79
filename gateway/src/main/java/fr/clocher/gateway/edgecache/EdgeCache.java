package fr.clocher.gateway.edgecache;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The public answers kept at the edge, per host and path, bounded in bytes (least used
 * out first).
 */
@Component
class EdgeCache {

	private final Cache<Key, EdgeAnswer> answers;

	EdgeCache(EdgeCacheProperties properties) {
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.size().toBytes())
			.weigher((Key key, EdgeAnswer answer) -> 300 + key.host().length() + key.path().length()
					+ answer.body().length)
			.build();
	}

	Optional<EdgeAnswer> find(Key key) {
		return Optional.ofNullable(this.answers.getIfPresent(key));
	}

	void keep(Key key, EdgeAnswer answer) {
		this.answers.put(key, answer);
	}

	void forget(Key key) {
		this.answers.invalidate(key);
	}

	long size() {
		return this.answers.estimatedSize();
	}

	/**
	 * What an answer is kept under.
	 *
	 * @param host the request's host, in lower case, without port
	 * @param path the raw path (no query: an answer to a query is never kept)
	 */
	record Key(String host, String path) {

	}

}
