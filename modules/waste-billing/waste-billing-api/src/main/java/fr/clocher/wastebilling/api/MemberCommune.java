package fr.clocher.wastebilling.api;

import java.util.UUID;

/** A member commune of the tenant, where its payers live. */
public record MemberCommune(UUID id, String slug, String name) {

}
