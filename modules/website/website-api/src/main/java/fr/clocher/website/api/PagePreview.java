package fr.clocher.website.api;

/**
 * A page rendered as residents will see it.
 *
 * @param html a complete HTML document with its style inlined and absolute addresses,
 * ready for an iframe's {@code srcdoc}; it contains no script
 */
public record PagePreview(String html) {

}
