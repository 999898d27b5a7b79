package fr.clocher.directory.api;

/**
 * Why a proposal is refused: told to its submitter.
 *
 * @param reason the reason (500 characters at most), required
 */
public record Rejection(String reason) {

}
