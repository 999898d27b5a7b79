/**
 * Onboarding an intercommunality and all its member communes as background work: the
 * operator submits it, follows its progress and cannot start it twice. The work itself is
 * the registry's one transaction; the job row, written beside it in short transactions of
 * its own, carries the progress.
 */
package fr.clocher.tenant.onboarding;
