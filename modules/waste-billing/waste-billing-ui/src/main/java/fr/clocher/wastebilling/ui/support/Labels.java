package fr.clocher.wastebilling.ui.support;

import java.util.Locale;

import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.wastebilling.api.AnomalyKind;
import fr.clocher.wastebilling.api.Civility;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.RunStatus;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/** The names of the contract's enumerations in the secretary's language. */
public final class Labels {

	private Labels() {
	}

	public static String of(PayerKind kind) {
		return switch (kind) {
			case HOUSEHOLD -> translate("waste-billing.kind.household");
			case PROFESSIONAL -> translate("waste-billing.kind.professional");
		};
	}

	public static String of(Civility civility) {
		return switch (civility) {
			case MONSIEUR -> translate("waste-billing.civility.monsieur");
			case MADAME -> translate("waste-billing.civility.madame");
		};
	}

	public static String of(RunStatus status) {
		return switch (status) {
			case DRAFT -> translate("waste-billing.status.draft");
			case REVIEW -> translate("waste-billing.status.review");
			case VALIDATED -> translate("waste-billing.status.validated");
			case ISSUED -> translate("waste-billing.status.issued");
		};
	}

	public static String of(AnomalyKind kind) {
		return of(kind, WorkspaceCommune.locale());
	}

	/** An anomaly's name in a given language (a download, off the UI thread). */
	public static String of(AnomalyKind kind, Locale locale) {
		return switch (kind) {
			case UNKNOWN_TAG -> translate(locale, "waste-billing.anomaly.unknown-tag");
			case BLACKLISTED_BIN -> translate(locale, "waste-billing.anomaly.blacklisted-bin");
			case BIN_NOT_ASSIGNED -> translate(locale, "waste-billing.anomaly.bin-not-assigned");
			case WEIGHT_OUTLIER -> translate(locale, "waste-billing.anomaly.weight-outlier");
		};
	}

	public static String of(LineCode code) {
		return switch (code) {
			case FIXED_BIN -> translate("waste-billing.line.fixed-bin");
			case FIXED_PERSON -> translate("waste-billing.line.fixed-person");
			case FLAT_RATE -> translate("waste-billing.line.flat-rate");
			case EXTRA_LIFTS -> translate("waste-billing.line.extra-lifts");
			case WEIGHT -> translate("waste-billing.line.weight");
			case MINIMUM -> translate("waste-billing.line.minimum");
			case EXEMPTION -> translate("waste-billing.line.exemption");
		};
	}

}
