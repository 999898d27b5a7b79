/**
 * The tariff grid voted for each year: fixed parts by bin volume with their included
 * lifts, extra lift prices, the part per person, the price per kilogram, professionals'
 * flat rates and the minimum charge; {@code TariffsApi} served by
 * {@code TariffsController}.
 */
package fr.clocher.wastebilling.service.tariffs;
