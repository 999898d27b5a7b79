package fr.clocher.tenant.provisioning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProvisioningTaskRepository extends JpaRepository<ProvisioningTask, UUID> {

	@Query("select t.tenantId from ProvisioningTask t where t.status = 'PENDING' and t.nextAttemptAt <= ?1 "
			+ "group by t.tenantId order by min(t.nextAttemptAt)")
	List<UUID> tenantsWithDueTasks(OffsetDateTime now, Limit limit);

	List<ProvisioningTask> findByTenantIdAndStatusOrderByCreatedAt(UUID tenantId, String status);

	List<ProvisioningTask> findByTenantIdOrderByCreatedAt(UUID tenantId);

	long countByStatus(String status);

	/** The tenants whose organization was created, as far as this database knows. */
	@Query("select distinct t.tenantId from ProvisioningTask t where t.kind = ?1 and t.status = 'DONE'")
	List<UUID> tenantsWithDone(TaskKind kind);

	/** The addresses a tenant's secretaries were invited with, each once. */
	@Query("select distinct t.argument from ProvisioningTask t where t.tenantId = ?1 and t.kind = ?2 "
			+ "and t.status = 'DONE'")
	List<String> doneArguments(UUID tenantId, TaskKind kind);

	@Query("select count(distinct t.tenantId) from ProvisioningTask t where t.status = 'PENDING'")
	long countTenantsWithPending();

}
