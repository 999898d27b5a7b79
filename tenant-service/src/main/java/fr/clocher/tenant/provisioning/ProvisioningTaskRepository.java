package fr.clocher.tenant.provisioning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProvisioningTaskRepository extends JpaRepository<ProvisioningTask, UUID> {

	@Query("select t.id from ProvisioningTask t where t.status = 'PENDING' and t.nextAttemptAt <= ?1 order by t.createdAt")
	List<UUID> dueIds(OffsetDateTime now, Limit limit);

	@Query("select t.id from ProvisioningTask t where t.status = 'PENDING' and t.tenantId = ?1 order by t.createdAt")
	List<UUID> pendingIdsOf(UUID tenantId);

	List<ProvisioningTask> findByTenantIdOrderByCreatedAt(UUID tenantId);

	long countByStatus(String status);

}
