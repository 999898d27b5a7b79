package fr.clocher.website.ui.council;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import fr.clocher.website.api.Council;
import fr.clocher.website.api.CouncilMember;
import fr.clocher.website.api.CouncilRole;
import fr.clocher.website.ui.WebsiteViewTest;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mayor and the council: shown in order, added, reordered, removed and saved, and a
 * refusal shown on the member's field it names.
 */
class CouncilViewTests extends WebsiteViewTest {

	private static final CouncilMember MAYOR = new CouncilMember("Jeanne Martin", CouncilRole.MAYOR, "", "", null);

	@Test
	void showsTheMembersInTheirOrder() {
		this.council.current = new Council(List.of(MAYOR,
				new CouncilMember("Paul Durand", CouncilRole.DEPUTY, "1er adjoint", "Écoles et jeunesse", null)));
		CouncilView view = navigate(CouncilView.class);

		assertThat(view.rows).extracting((row) -> row.name.getValue()).containsExactly("Jeanne Martin", "Paul Durand");
		assertThat(office(view.rows.get(0))).isEqualTo("Maire");
		MemberRow deputy = view.rows.get(1);
		assertThat(office(deputy)).isEqualTo("Adjoint(e)");
		assertThat(deputy.title.getValue()).isEqualTo("1er adjoint");
		assertThat(deputy.delegation.getValue()).isEqualTo("Écoles et jeunesse");
		assertThat(deputy.photo.getValue()).isNull();
	}

	@Test
	void membersAddedOneAfterTheOtherAreSavedAsTyped() {
		CouncilView view = navigate(CouncilView.class);
		test($(Button.class).id("add-member")).click();
		assertThat(office(view.rows.get(0))).isEqualTo("Conseiller(ère) municipal(e)");
		test(view.rows.get(0).name).setValue(" Jeanne Martin ");
		test(view.rows.get(0).role).selectItem("Maire");
		test(view.rows.get(0).delegation).setValue("Finances");
		test($(Button.class).id("add-member")).click();
		test(view.rows.get(1).name).setValue("Paul Durand");
		test(view.save).click();

		assertThat(this.council.saved).containsExactly(
				new Council(List.of(new CouncilMember("Jeanne Martin", CouncilRole.MAYOR, "", "Finances", null),
						new CouncilMember("Paul Durand", CouncilRole.COUNCILLOR, "", "", null))));
		assertThat(notification()).isEqualTo("Conseil municipal enregistré.");
		assertThat(view.rows).extracting((row) -> row.name.getValue()).containsExactly("Jeanne Martin", "Paul Durand");
	}

	@Test
	void aMemberMovedUpOrRemovedKeepsWhatWasTypedInTheOthers() {
		CouncilMember deputy = new CouncilMember("Paul Durand", CouncilRole.DEPUTY, "", "", null);
		CouncilMember councillor = new CouncilMember("Lucie Bernard", CouncilRole.COUNCILLOR, "", "", null);
		this.council.current = new Council(List.of(MAYOR, deputy, councillor));
		CouncilView view = navigate(CouncilView.class);
		test(view.rows.get(1).delegation).setValue("Voirie");

		test($(Button.class).withAttribute("aria-label", "Monter Lucie Bernard").single()).click();
		test($(Button.class).withAttribute("aria-label", "Retirer Jeanne Martin").single()).click();

		assertThat(view.rows).extracting((row) -> row.name.getValue()).containsExactly("Lucie Bernard", "Paul Durand");
		test(view.save).click();
		assertThat(this.council.saved).containsExactly(new Council(
				List.of(councillor, new CouncilMember("Paul Durand", CouncilRole.DEPUTY, "", "Voirie", null))));
	}

	@Test
	void aSecondMayorRefusedIsShownOnThatMembersOffice() {
		this.council.current = new Council(List.of(MAYOR));
		this.council.failure = refusal(HttpStatus.BAD_REQUEST, "Le conseil municipal n'a pas été enregistré.",
				"members[1].role", "Le conseil a déjà un maire : Jeanne Martin.");
		CouncilView view = navigate(CouncilView.class);
		test($(Button.class).id("add-member")).click();
		test(view.rows.get(1).name).setValue("Paul Durand");
		test(view.rows.get(1).role).selectItem("Maire");
		test(view.save).click();

		assertThat(this.council.saved).isEmpty();
		assertThat(notification()).isEqualTo("Le conseil municipal n'a pas été enregistré.");
		assertThat(view.rows.get(1).role.isInvalid()).isTrue();
		assertThat(view.rows.get(1).role.getErrorMessage()).isEqualTo("Le conseil a déjà un maire : Jeanne Martin.");
		assertThat(view.rows.get(1).name.getValue()).isEqualTo("Paul Durand");
		assertThat(view.rows.get(0).role.isInvalid()).isFalse();
		assertThat(view.save.isEnabled()).isTrue();
	}

	private static String office(MemberRow row) {
		return row.role.getItemLabelGenerator().apply(row.role.getValue());
	}

}
