package fr.clocher.bench.onboarding;

import java.util.List;

import fr.clocher.bench.onboarding.KeycloakSample.TenantLatency;
import fr.clocher.tenant.reference.ReferenceIntercommunality;

/**
 * What {@link KeycloakSample} measured.
 *
 * @param oneByOne the intercommunality whose tenants were onboarded one at a time
 * @param single their latencies, the communes' then the intercommunality's
 * @param atOnce the intercommunality onboarded in one call
 * @param burst its tenants' latencies, itself first
 * @param burstCallNanos that call's time, until its transaction committed
 * @param failedAttempts provisioning attempts that failed and were retried
 */
record KeycloakSampleResult(ReferenceIntercommunality oneByOne, List<TenantLatency> single,
		ReferenceIntercommunality atOnce, List<TenantLatency> burst, long burstCallNanos, long failedAttempts) {

}
