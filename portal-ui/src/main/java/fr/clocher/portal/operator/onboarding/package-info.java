/**
 * Onboarding a whole intercommunality: the operator picks it in the reference, starts the
 * work once (the button stays disabled while it runs, and tenant-service answers a second
 * submission with the running job), and follows a progress bar polled from the job.
 */
package fr.clocher.portal.operator.onboarding;
