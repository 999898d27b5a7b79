package fr.clocher.website.service.content;

import java.util.UUID;

/**
 * Published in the transaction that deletes a page, so that what links to it (menu, quick
 * links) forgets it in the same transaction.
 */
public record PageDeleted(UUID tenantId, UUID pageId, String title) {

}
