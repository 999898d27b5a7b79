package fr.clocher.kernel.site.web;

import java.time.Duration;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.site.SiteChanged;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.api.platform.TenantStatus;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept answer is found again only by the same commune, under the same ETag, address and
 * path; a commune's change drops its answers and no other's.
 */
class SitePageCacheTests {

	private static final String ETAG = "\"3-tox6rr-20779\"";

	private final SitePageCache cache = new SitePageCache(
			new SiteProperties(Duration.ofSeconds(60), DataSize.ofMegabytes(1), ""));

	private final TenantRef a = commune("aiglun", "Aiglun");

	private final TenantRef b = commune("amirat", "Amirat");

	@Test
	void anAnswerIsNeverFoundForAnotherCommuneEvenUnderTheSameETagAndPath() {
		this.cache.keep(key(this.a, ""), home("Aiglun"));

		assertThat(this.cache.find(key(this.b, ""))).isEmpty();
		assertThat(this.cache.find(key(this.a, "")))
			.hasValueSatisfying((answer) -> assertThat(new String(answer.body())).contains("Aiglun"));
	}

	@Test
	void anAnswerIsFoundOnlyUnderItsOwnETagAddressAndPath() {
		this.cache.keep(key(this.a, ""), home("Aiglun"));

		assertThat(this.cache.find(new SitePageCache.Key(this.a, "\"4-tox6rr-20779\"", "", "/"))).isEmpty();
		assertThat(this.cache.find(key(this.a, "/c/aiglun"))).isEmpty();
		assertThat(this.cache.find(new SitePageCache.Key(this.a, ETAG, "", "/pages/ecole"))).isEmpty();
		TenantRef renamed = new TenantRef(this.a.id(), "aiglun", "Aiglun-sur-Mer", TenantKind.COMMUNE,
				TenantStatus.ACTIVE);
		assertThat(this.cache.find(key(renamed, ""))).isEmpty();
	}

	@Test
	void aChangeOfOneCommuneDropsItsAnswersAndKeepsTheOthers() {
		this.cache.keep(key(this.a, ""), home("Aiglun"));
		this.cache.keep(key(this.a, "/c/aiglun"), home("Aiglun"));
		this.cache.keep(key(this.b, ""), home("Amirat"));

		this.cache.siteChanged(new SiteChanged(this.a.id(), 4));

		assertThat(this.cache.count(this.a.id())).isZero();
		assertThat(this.cache.find(key(this.a, ""))).isEmpty();
		assertThat(this.cache.find(key(this.b, ""))).isPresent();
	}

	@Test
	void onlyPlainSuccessfulAnswersAreKept() {
		this.cache.keep(key(this.a, ""),
				SiteAnswer.html(HttpStatus.NOT_FOUND, "no-cache", "<h1>Page introuvable</h1>"));
		this.cache.keep(new SitePageCache.Key(this.a, ETAG, "", "/fichiers/documents/x/plan.pdf"),
				new SiteAnswer(HttpStatus.OK, null, "application/pdf", "inline; filename=\"plan.pdf\"", new byte[10]));

		assertThat(this.cache.count(this.a.id())).isZero();
	}

	private static SitePageCache.Key key(TenantRef tenant, String basePath) {
		return new SitePageCache.Key(tenant, ETAG, basePath, "/");
	}

	private static SiteAnswer home(String name) {
		return SiteAnswer.html(HttpStatus.OK, null, "<h1>" + name + "</h1>");
	}

	private static TenantRef commune(String slug, String name) {
		return new TenantRef(UUID.randomUUID(), slug, name, TenantKind.COMMUNE, TenantStatus.ACTIVE);
	}

}
