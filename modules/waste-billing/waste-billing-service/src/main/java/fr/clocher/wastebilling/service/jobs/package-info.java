/**
 * Long work in the background for one tenant (a lift import, a billing run's
 * computation): started from a request, run on a worker thread in the tenant's context
 * (row-level security as for the request), its progress and outcome kept in
 * {@code waste_job} for the screens to poll.
 */
package fr.clocher.wastebilling.service.jobs;
