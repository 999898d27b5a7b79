package fr.clocher.wastebilling.service.support;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.wastebilling.api.WasteBilling;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a change of the module in the tenant's change log, in the change's transaction.
 */
public class WasteChanges {

	private final ChangeLog log;

	public WasteChanges(ChangeLog log) {
		this.log = log;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(LocalizedText what) {
		this.log.record(WasteBilling.KEY, what);
	}

}
