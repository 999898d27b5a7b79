package fr.clocher.announcements.api;

import java.util.UUID;

/**
 * An image uploaded for a news item.
 *
 * @param id the image
 * @param alt its alternative text
 * @param contentType {@code image/png} or {@code image/jpeg}
 * @param width its width in pixels
 * @param height its height in pixels
 * @param size its size in bytes
 */
public record ImageInfo(UUID id, String alt, String contentType, int width, int height, long size) {

}
