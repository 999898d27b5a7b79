package fr.clocher.website.api;

import java.util.UUID;

/**
 * A member of the municipal council.
 *
 * @param name first and last name, required, at most 120 characters
 * @param role the office
 * @param title how the office is written when it is not the usual one ("1re adjointe"),
 * may be empty, at most 80 characters
 * @param delegation what they are in charge of ("Écoles et jeunesse"), may be empty, at
 * most 200 characters
 * @param photoId a photo (an image of {@link FilesApi#images}), or null
 */
public record CouncilMember(String name, CouncilRole role, String title, String delegation, UUID photoId) {

}
