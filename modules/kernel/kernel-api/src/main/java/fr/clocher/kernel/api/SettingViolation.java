package fr.clocher.kernel.api;

/**
 * Why one setting value was refused, in both languages.
 */
public record SettingViolation(String setting, LocalizedText reason) {

}
