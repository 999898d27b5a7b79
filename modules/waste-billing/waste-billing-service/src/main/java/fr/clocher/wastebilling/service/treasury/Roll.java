package fr.clocher.wastebilling.service.treasury;

/**
 * One bordereau of the file (a roll at the treasury): its articles' count and total. The
 * schema counts a bordereau's pieces on 5 digits, so a run of more than 99,999 invoices
 * makes several rolls.
 */
record Roll(int articles, long cents) {

	/** The most articles a roll holds ({@code NbrPce} has 5 digits). */
	static final int MAX_ARTICLES = 99_999;

}
