package fr.clocher.website.api;

/**
 * The personal data page ({@code /donnees-personnelles}), as the GDPR asks: what data,
 * why, on what basis, who receives it, how long it is kept, the residents' rights and
 * whom to contact. Plain text, each at most 4,000 characters; each is generated from the
 * commune's data until edited.
 *
 * @param controller who is responsible for the data (the commune, represented by its
 * mayor)
 * @param dataCollected what data the site and the commune's online services collect
 * @param purposes why, and on what legal basis
 * @param recipients who receives it (the commune's staff, the platform as processor)
 * @param retention how long it is kept
 * @param rights the residents' rights (access, rectification, erasure, objection,
 * restriction, complaint to the CNIL)
 * @param contact whom to write to, to exercise them
 */
public record PrivacyFields(String controller, String dataCollected, String purposes, String recipients,
		String retention, String rights, String contact) {

}
