package fr.clocher.kernel.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.changes.ChangeChannel;
import fr.clocher.kernel.changes.ChangeNotified;
import fr.clocher.kernel.changes.ChangesMissed;
import fr.clocher.kernel.changes.KeptReads;
import fr.clocher.kernel.module.ModuleActivationChanged;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of each commune's public site, a row of a tenant table under row-level
 * security. Modules {@link #touch()} it in the transaction that changes what residents
 * see, so the caches revalidate exactly when the change is kept; switching a module on or
 * off touches it too (its pages and slots appear or go). Each touch also publishes a
 * {@link SiteChanged} event, for the caches in this process to drop the commune's pages
 * once the change is committed. The current versions are kept in memory, so that a page
 * served from cache costs no database work; a commune's is forgotten when a change is
 * committed here, or on any other instance (the table's trigger,
 * {@link ChangeChannel#SITE}, which is then published here as a {@link SiteChanged} too).
 */
public class SiteVersions {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final KeptReads<UUID, SiteVersion> kept = new KeptReads<>(100_000);

	public SiteVersions(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records that the current tenant's site changed, inside the caller's transaction:
	 * once per transaction, however many changes it makes (publishing a page that also
	 * changes its address, a module switched with its settings), so that a reader's copy
	 * is revalidated once, and the caches dropped once, for one thing the secretary did.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SiteVersion touch() {
		UUID tenant = TenantContext.require();
		Touched touched = touchedInThisTransaction();
		SiteVersion already = touched.versions.get(tenant);
		if (already != null) {
			return already;
		}
		SiteVersion version = next(tenant);
		touched.versions.put(tenant, version);
		this.events.publishEvent(new SiteChanged(tenant, version.version()));
		return version;
	}

	/**
	 * What this transaction touched, kept with its synchronizations (which a nested
	 * {@code REQUIRES_NEW} transaction does not see, so it touches for itself).
	 */
	private Touched touchedInThisTransaction() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Touched touched && touched.owner == this) {
				return touched;
			}
		}
		Touched touched = new Touched(this);
		TransactionSynchronizationManager.registerSynchronization(touched);
		return touched;
	}

	private SiteVersion next(UUID tenant) {
		// Whole seconds: Last-Modified and If-Modified-Since have no finer precision.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		return this.jdbc.sql("""
				insert into site_version (tenant_id, version, changed_at) values (?, 1, ?)
				on conflict (tenant_id) do update set version = site_version.version + 1,
				    changed_at = greatest(excluded.changed_at, site_version.changed_at)
				returning version, changed_at
				""")
			.params(tenant, Timestamp.from(now))
			.query((rs, i) -> new SiteVersion(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.single();
	}

	/**
	 * The current tenant's site version: kept in memory, else one statement (which joins
	 * the caller's transaction when there is one and needs none otherwise).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public SiteVersion current() {
		UUID tenant = TenantContext.require();
		return this.kept.find(tenant,
				() -> Optional.of(this.jdbc.sql("select version, changed_at from site_version where tenant_id = ?")
					.param(tenant)
					.query((rs, i) -> new SiteVersion(rs.getLong(1), rs.getTimestamp(2).toInstant()))
					.optional()
					.orElse(new SiteVersion(0, null))))
			.orElseThrow();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void siteChanged(SiteChanged change) {
		this.kept.forget(change.tenantId());
	}

	/** Another instance (or this one) committed a new version: the caches here follow. */
	@EventListener
	void changeNotified(ChangeNotified change) {
		if (change.channel() == ChangeChannel.SITE) {
			String[] tenantAndVersion = change.payload().split(":", 2);
			this.events.publishEvent(
					new SiteChanged(UUID.fromString(tenantAndVersion[0]), Long.parseLong(tenantAndVersion[1])));
		}
	}

	@EventListener
	void changesMissed(ChangesMissed missed) {
		this.kept.forgetAll();
	}

	/** The sites a transaction touched, and their new versions. */
	private static final class Touched implements TransactionSynchronization {

		private final SiteVersions owner;

		private final Map<UUID, SiteVersion> versions = new HashMap<>();

		Touched(SiteVersions owner) {
			this.owner = owner;
		}

	}

	@EventListener
	void moduleSwitched(ModuleActivationChanged change) {
		TenantContext.runAs(change.tenantId(), this::touch);
	}

}
