package fr.clocher.bench.onboarding.notices;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The current tenant's notices; Hibernate's discriminator and row-level security both
 * keep every other tenant's out.
 */
public interface BenchNoticeRepository extends JpaRepository<BenchNotice, UUID> {

	/** What a board's home shows: its latest ten notices. */
	List<BenchNotice> findTop10ByOrderByPublishedAtDesc();

}
