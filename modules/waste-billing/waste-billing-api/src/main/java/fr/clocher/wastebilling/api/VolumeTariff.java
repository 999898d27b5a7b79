package fr.clocher.wastebilling.api;

/**
 * What a bin of one volume costs for a whole year.
 *
 * @param volumeLitres the bin's volume
 * @param fixedCents the fixed part for the year
 * @param includedLifts the lifts the fixed part includes for the year
 * @param extraLiftCents the price of each lift beyond those
 */
public record VolumeTariff(Integer volumeLitres, Long fixedCents, Integer includedLifts, Long extraLiftCents) {

}
