package fr.clocher.tenant.provisioning;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One thing to do in Keycloak for one tenant, until it is done.
 */
@Entity
@Table(name = "provisioning_task")
public class ProvisioningTask {

	private static final Duration MAX_DELAY = Duration.ofMinutes(30);

	@Id
	private UUID id;

	private UUID tenantId;

	@Enumerated(EnumType.STRING)
	private TaskKind kind;

	private String argument;

	private String status;

	private int attempts;

	private String lastError;

	private OffsetDateTime nextAttemptAt;

	private OffsetDateTime createdAt;

	private OffsetDateTime doneAt;

	protected ProvisioningTask() {
	}

	ProvisioningTask(UUID tenantId, TaskKind kind, String argument, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.tenantId = tenantId;
		this.kind = kind;
		this.argument = argument;
		this.status = "PENDING";
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	void succeeded(OffsetDateTime now) {
		this.attempts++;
		this.status = "DONE";
		this.lastError = null;
		this.doneAt = now;
	}

	/** Backs off exponentially, from 10 seconds up to 30 minutes. */
	void failed(String error, OffsetDateTime now) {
		this.attempts++;
		this.lastError = (error.length() > 2000) ? error.substring(0, 2000) : error;
		long seconds = Math.min(MAX_DELAY.toSeconds(), 10L << Math.min(this.attempts - 1, 20));
		this.nextAttemptAt = now.plusSeconds(seconds);
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getTenantId() {
		return this.tenantId;
	}

	public TaskKind getKind() {
		return this.kind;
	}

	public String getArgument() {
		return this.argument;
	}

	public boolean isDone() {
		return "DONE".equals(this.status);
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	public OffsetDateTime getNextAttemptAt() {
		return this.nextAttemptAt;
	}

}
