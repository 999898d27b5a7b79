package fr.clocher.directory.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The directory module's configuration ({@code clocher.directory}).
 *
 * @param maxPhotoSize the largest photo accepted
 * @param searchResults the most results a search shows
 * @param typoSimilarity the least trigram word similarity (0 to 1) that finds a misspelt
 * word
 */
@ConfigurationProperties("clocher.directory")
public record DirectoryProperties(@DefaultValue("256KB") DataSize maxPhotoSize, @DefaultValue("50") int searchResults,
		@DefaultValue("0.5") double typoSimilarity) {

}
