package fr.clocher.wastebilling.api;

/**
 * A bin as the secretary enters it.
 *
 * @param tag its RFID tag, unique within the tenant
 * @param volumeLitres its volume (80, 120, 140, 180, 240, 360, 660...)
 */
public record BinDraft(String tag, Integer volumeLitres) {

}
