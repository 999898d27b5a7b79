package fr.clocher.website.ui.council;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.Council;
import fr.clocher.website.api.CouncilApi;
import fr.clocher.website.api.CouncilMember;
import fr.clocher.website.api.CouncilRole;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.ImageInfo;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.Actions;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The mayor and the council members, in the order the site lists them. The mayor is the
 * publication director named by the legal notices.
 */
@Route("website/council")
@PageTitle("Conseil municipal")
@ModuleView(Website.KEY)
@PermitAll
public class CouncilView extends ModuleScreen {

	private final CouncilApi councilApi;

	private final List<ImageInfo> images;

	final List<CouncilMember> members = new ArrayList<>();

	final List<MemberRow> rows = new ArrayList<>();

	private final VerticalLayout list = new VerticalLayout();

	final Button save = Actions.button(translate("website.council.save-council"), VaadinIcon.CHECK, true, this::save);

	public CouncilView(CouncilApi councilApi, FilesApi filesApi) {
		super(translate("website.council.mayor-council"), translate("website.council.intro"));
		this.councilApi = councilApi;
		this.save.setId("save-council");
		this.images = this.api.run(() -> filesApi.images(tenant())).orElse(List.of());
		this.api.run(() -> councilApi.council(tenant())).ifPresent((council) -> {
			this.members.addAll(council.members());
			render();
		});
		this.list.setPadding(false);
		Button add = new Button(translate("website.council.add-member"), VaadinIcon.PLUS.create(), (event) -> {
			keepEdits();
			this.members.add(new CouncilMember("", CouncilRole.COUNCILLOR, "", "", null));
			render();
		});
		add.setId("add-member");
		add(this.list, new HorizontalLayout(add, this.save));
	}

	private void render() {
		this.list.removeAll();
		this.rows.clear();
		this.api.clearFields();
		for (int i = 0; i < this.members.size(); i++) {
			int index = i;
			MemberRow row = new MemberRow(this.members.get(i), this.images, () -> move(index), () -> remove(index));
			String name = "members[" + i + "]";
			this.api.field(name + ".name", row.name)
				.field(name + ".role", row.role)
				.field(name + ".title", row.title)
				.field(name + ".delegation", row.delegation)
				.field(name + ".photoId", row.photo);
			this.rows.add(row);
			this.list.add(row);
		}
	}

	private void keepEdits() {
		for (int i = 0; i < this.rows.size(); i++) {
			this.members.set(i, this.rows.get(i).member());
		}
	}

	private void move(int index) {
		keepEdits();
		if (index > 0) {
			Collections.swap(this.members, index, index - 1);
		}
		render();
	}

	private void remove(int index) {
		keepEdits();
		this.members.remove(index);
		render();
	}

	private void save() {
		keepEdits();
		Council council = new Council(List.copyOf(this.members));
		this.api.run(() -> this.councilApi.updateCouncil(tenant(), council)).ifPresent((saved) -> {
			this.members.clear();
			this.members.addAll(saved.members());
			render();
			ApiCall.success(translate("website.council.council-saved"));
		});
	}

}
