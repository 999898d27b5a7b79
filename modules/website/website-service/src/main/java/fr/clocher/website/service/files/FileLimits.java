package fr.clocher.website.service.files;

/**
 * What uploads may be, from the module's configuration.
 *
 * @param maxImageBytes the largest image accepted
 * @param maxDocumentBytes the largest document accepted
 * @param maxImagePixels the most pixels an image may declare in its header
 * @param imageWidth the width images are reduced to
 * @param smallImageWidth the width of their small version
 */
record FileLimits(long maxImageBytes, long maxDocumentBytes, long maxImagePixels, int imageWidth, int smallImageWidth) {

}
