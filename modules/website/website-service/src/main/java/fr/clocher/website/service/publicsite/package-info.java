/**
 * What the website module adds to the commune's public site through the kernel's site
 * contract: the home page, the secretary's published pages, the council, the generated
 * pages, the files, the frame's theme, menu and footer.
 */
package fr.clocher.website.service.publicsite;
