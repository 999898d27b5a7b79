package fr.clocher.website.service.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.website.api.CouncilMember;
import fr.clocher.website.api.Theme;
import fr.clocher.website.service.content.PageDeleted;
import fr.clocher.website.service.files.FileUsage;

import org.springframework.context.event.EventListener;

/**
 * What the settings refer to: files the theme and the council use (which cannot be
 * deleted), pages the menu and quick links open (forgotten when the page is deleted, in
 * its transaction).
 */
class SettingsReferences implements FileUsage {

	private final ThemeSettings theme;

	private final CouncilSettings council;

	private final MenuSettings menu;

	private final HomeSettings home;

	SettingsReferences(ThemeSettings theme, CouncilSettings council, MenuSettings menu, HomeSettings home) {
		this.theme = theme;
		this.council = council;
		this.menu = menu;
		this.home = home;
	}

	@Override
	public List<LocalizedText> usesOf(UUID fileId, String path) {
		List<LocalizedText> uses = new ArrayList<>();
		Theme current = this.theme.get();
		if (fileId.equals(current.logoId())) {
			uses.add(LocalizedText.of("le logo du thème", "the theme's logo"));
		}
		if (fileId.equals(current.headerImageId())) {
			uses.add(LocalizedText.of("la photo d'en-tête du thème", "the theme's header photo"));
		}
		for (CouncilMember member : this.council.get().members()) {
			if (fileId.equals(member.photoId())) {
				uses.add(LocalizedText.of("la photo de %s", "the photo of %s").formatted(member.name()));
			}
		}
		if (this.home.get().welcome().contains(path)) {
			uses.add(LocalizedText.of("le texte d'accueil", "the welcome text"));
		}
		return uses;
	}

	@EventListener
	public void pageDeleted(PageDeleted deleted) {
		this.menu.forgetPage(deleted.pageId());
		this.home.forgetPage(deleted.pageId());
	}

}
