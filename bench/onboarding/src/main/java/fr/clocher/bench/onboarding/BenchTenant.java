package fr.clocher.bench.onboarding;

import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;

/**
 * A tenant the benchmark onboarded.
 */
public record BenchTenant(UUID id, String slug, TenantKind kind) {

}
