package fr.clocher.website.service.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.clocher.website.api.Council;
import fr.clocher.website.api.CouncilMember;
import fr.clocher.website.api.CouncilRole;
import fr.clocher.website.service.files.FileKind;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.support.PlainText;
import fr.clocher.website.service.support.SiteDocuments;
import fr.clocher.website.service.support.Violations;
import fr.clocher.website.service.support.WebsiteChanges;

import org.springframework.transaction.annotation.Transactional;

/**
 * The mayor and the council members.
 */
public class CouncilSettings {

	static final String DOCUMENT = "council";

	private final SiteDocuments documents;

	private final SiteFiles files;

	private final WebsiteChanges changes;

	CouncilSettings(SiteDocuments documents, SiteFiles files, WebsiteChanges changes) {
		this.documents = documents;
		this.files = files;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	public Council get() {
		return this.documents.read(DOCUMENT, Council.class).orElse(new Council(List.of()));
	}

	@Transactional(readOnly = true)
	public Optional<CouncilMember> mayor() {
		return get().members().stream().filter((member) -> member.role() == CouncilRole.MAYOR).findFirst();
	}

	@Transactional
	public Council update(Council given) {
		List<CouncilMember> members = (given != null) ? given.members() : List.of();
		Violations violations = new Violations();
		if (members.size() > 69) {
			violations.add("members", "69 membres au plus.", "At most 69 members.");
		}
		List<CouncilMember> clean = new ArrayList<>();
		int mayors = 0;
		for (int i = 0; i < members.size(); i++) {
			CouncilMember member = members.get(i);
			String field = "members[" + i + "]";
			String name = PlainText.clean(member.name());
			if (violations.required(field + ".name", name)) {
				violations.maxLength(field + ".name", name, 120);
			}
			if (member.role() == null) {
				violations.add(field + ".role", "Choisissez la fonction.", "Choose the office.");
			}
			else if (member.role() == CouncilRole.MAYOR && ++mayors > 1) {
				violations.add(field + ".role", "La commune n'a qu'un maire.", "The commune has only one mayor.");
			}
			String title = PlainText.clean(member.title());
			violations.maxLength(field + ".title", title, 80);
			String delegation = PlainText.clean(member.delegation());
			violations.maxLength(field + ".delegation", delegation, 200);
			if (member.photoId() != null && this.files.find(FileKind.IMAGE, member.photoId()).isEmpty()) {
				violations.add(field + ".photoId", "Cette image n'existe pas (ou plus).",
						"This image does not exist (any more).");
			}
			clean.add(new CouncilMember(name, member.role(), title, delegation, member.photoId()));
		}
		violations.throwIfAny();
		Council saved = new Council(clean);
		this.documents.write(DOCUMENT, saved);
		this.changes.record("Conseil municipal modifié", "Municipal council changed");
		return saved;
	}

}
