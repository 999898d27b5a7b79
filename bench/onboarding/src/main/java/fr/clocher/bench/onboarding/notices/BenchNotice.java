package fr.clocher.bench.onboarding.notices;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * A notice on a tenant's board.
 */
@Entity
@Table(name = "bench_notice")
public class BenchNotice {

	@Id
	private UUID id;

	@TenantId
	private UUID tenantId;

	private OffsetDateTime publishedAt;

	private String title;

	private String body;

	protected BenchNotice() {
	}

	public BenchNotice(String title, String body, OffsetDateTime publishedAt) {
		this.id = UUID.randomUUID();
		this.title = title;
		this.body = body;
		this.publishedAt = publishedAt;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getTenantId() {
		return this.tenantId;
	}

	public OffsetDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

}
