package fr.clocher.announcements.api;

/**
 * An announcement's public page, rendered for a preview.
 *
 * @param html a complete HTML document, style inlined, addresses absolute
 */
public record AnnouncementPreview(String html) {

}
