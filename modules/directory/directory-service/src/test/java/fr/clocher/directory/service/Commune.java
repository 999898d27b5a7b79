package fr.clocher.directory.service;

import java.util.UUID;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * A tenant of a test, with its secretary's token.
 *
 * @param slug its slug
 * @param id its id
 * @param secretary a token of a secretary of this tenant alone
 */
record Commune(String slug, UUID id, JwtRequestPostProcessor secretary) {

}
