package fr.clocher.wastebilling.ui.payers;

import java.time.LocalDate;

/** A bin a payer holds or held, as its page lists it. */
record PayerBin(String tag, int volumeLitres, LocalDate startDate, LocalDate endDate) {

}
