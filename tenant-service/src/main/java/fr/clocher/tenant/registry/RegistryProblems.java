package fr.clocher.tenant.registry;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;

/**
 * Why the registry refuses a request, named field by field in both languages.
 */
public final class RegistryProblems {

	private RegistryProblems() {
	}

	static ApiProblem unknownInseeCode(String field, String code) {
		return ApiProblem.badRequest("unknown-insee-code", field,
				LocalizedText.of("Aucune commune n'a le code INSEE « %s ».", "No commune has the INSEE code '%s'.")
					.formatted(code));
	}

	static ApiProblem unknownSiren(String siren) {
		return ApiProblem.badRequest("unknown-siren", "siren",
				LocalizedText
					.of("Aucune intercommunalité n'a le SIREN « %s ».", "No intercommunality has the SIREN '%s'.")
					.formatted(siren));
	}

	static ApiProblem alreadyRegistered(String field, Tenant existing) {
		return ApiProblem.conflict("already-registered", field,
				LocalizedText
					.of("« %s » est déjà inscrite sur la plateforme (identifiant « %s »).",
							"'%s' is already registered on the platform (slug '%s').")
					.formatted(existing.getName(), existing.getSlug()));
	}

	static ApiProblem invalidSlug(String slug) {
		return ApiProblem.badRequest("invalid-slug", "slug", LocalizedText.of(
				"L'identifiant « %s » n'est pas valide : lettres minuscules sans accent, chiffres et tirets, 63 caractères au plus.",
				"The slug '%s' is not valid: lower-case letters without accents, digits and dashes, at most 63 characters.")
			.formatted(slug));
	}

	static ApiProblem slugTaken(String field, String slug, String ownerName) {
		return ApiProblem.conflict("slug-taken", field,
				LocalizedText
					.of("L'identifiant « %s » est déjà utilisé par « %s » ; choisissez-en un autre.",
							"The slug '%s' is already used by '%s'; choose another one.")
					.formatted(slug, ownerName));
	}

	static ApiProblem invalidHost(String host) {
		return ApiProblem.badRequest("invalid-host", "host",
				LocalizedText
					.of("« %s » n'est pas un nom de domaine valide (exemple : www.mairie-exemple.fr).",
							"'%s' is not a valid domain name (example: www.mairie-exemple.fr).")
					.formatted(host));
	}

	static ApiProblem reservedHost(String host, String domain) {
		return ApiProblem.badRequest("reserved-host", "host", LocalizedText
			.of("« %s » appartient au domaine de la plateforme (%s) : seuls les domaines de la commune s'ajoutent ici.",
					"'%s' belongs to the platform's domain (%s): only the commune's own domains are added here.")
			.formatted(host, domain));
	}

	static ApiProblem hostTaken(String host, String ownerName) {
		return ApiProblem.conflict("host-taken", "host",
				LocalizedText.of("Le domaine « %s » sert déjà « %s ».", "The domain '%s' already serves '%s'.")
					.formatted(host, ownerName));
	}

	static ApiProblem unknownHost(String host) {
		return ApiProblem.notFound("unknown-host", "host",
				LocalizedText
					.of("Ce domaine personnalisé n'est pas enregistré : « %s ».",
							"This custom domain is not registered: '%s'.")
					.formatted(host));
	}

	public static ApiProblem unknownTenant(String reference) {
		return ApiProblem.notFound("unknown-tenant", "tenant",
				LocalizedText.of("Aucune collectivité ne correspond à « %s ».", "No local authority matches '%s'.")
					.formatted(reference));
	}

}
