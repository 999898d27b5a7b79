package fr.clocher.wastebilling.service.evidence;

import java.util.List;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteSample;
import fr.clocher.kernel.site.SiteSamples;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.wastebilling.api.WasteBilling;

/**
 * The module's public page for the accessibility check: the evidence form, which needs no
 * content. Its answers are posts and carry a resident's data, so they are no sample; they
 * use the same markup (error summary, labelled fields, tables in focusable scrolling
 * regions), checked by {@code ResidentsEvidenceTests}.
 */
class EvidenceSamples implements SiteSamples {

	private final ModuleActivations activations;

	EvidenceSamples(ModuleActivations activations) {
		this.activations = activations;
	}

	@Override
	public String moduleKey() {
		return WasteBilling.KEY;
	}

	@Override
	public void seed(TenantRef commune) {
		// The form shows no data; a member commune switches the module on to offer it.
		if (!this.activations.isEnabled(WasteBilling.KEY)) {
			this.activations.enable(WasteBilling.KEY, null);
		}
	}

	@Override
	public List<SiteSample> samples(TenantRef commune) {
		return List.of(new SiteSample("redevance", EvidencePages.PATH, EvidencePages.TITLE));
	}

}
