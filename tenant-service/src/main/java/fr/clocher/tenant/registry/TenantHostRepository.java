package fr.clocher.tenant.registry;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenantHostRepository extends JpaRepository<TenantHost, String> {

}
