package fr.clocher.wastebilling.api;

/** Who pays: a household (billed by bin and persons) or a professional (a flat rate). */
public enum PayerKind {

	HOUSEHOLD, PROFESSIONAL

}
