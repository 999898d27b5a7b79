/**
 * The bins: RFID tags unique within the tenant, volumes, who holds each bin over which
 * dates, and the lost or stolen ones; {@code BinsApi} served by {@code BinsController}.
 */
package fr.clocher.wastebilling.service.bins;
