/**
 * Long work in the background for one tenant (a lift import, a billing run's computation,
 * a run's PDF, a PES file): started from a request, run on a worker thread in the
 * tenant's context (row-level security as for the request), its progress and outcome kept
 * in {@code waste_job} for the screens to poll, the files it makes kept on disk for a
 * while ({@code JobFiles}).
 */
package fr.clocher.wastebilling.service.jobs;
