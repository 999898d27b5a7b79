package fr.clocher.website.service.files;

/** What a stored file is. */
public enum FileKind {

	IMAGE, DOCUMENT

}
