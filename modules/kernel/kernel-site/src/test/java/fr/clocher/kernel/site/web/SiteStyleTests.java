package fr.clocher.kernel.site.web;

import java.util.List;
import java.util.Map;

import fr.clocher.kernel.site.SiteStyleFragment;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune's style sheet is the frame's rules, then its enabled modules' fragments by
 * module key; its path names its content, so it changes with the set of fragments and
 * only with it.
 */
class SiteStyleTests {

	// Declared agenda last: the sheet orders fragments by module key, not by declaration.
	private final SiteStyle style = new SiteStyle(
			new StaticListableBeanFactory(Map.of("notices", new SiteStyleFragment("notices", "site/test-notices.css"),
					"agenda", new SiteStyleFragment("agenda", "site/test-agenda.css")))
				.getBeanProvider(SiteStyleFragment.class),
			null, null);

	@Test
	void theFrameComesFirstThenTheFragmentsByModuleKey() {
		String css = this.style.sheet(List.of("notices", "agenda")).text();

		assertThat(css).contains(".site-header{", ".skip{", ".notice-board .columns{", ".agenda-event{");
		assertThat(css.indexOf(".site-footer{")).isLessThan(css.indexOf(".agenda-event{"));
		assertThat(css.indexOf(".agenda-event{")).isLessThan(css.indexOf(".notice-board .columns{"));
	}

	@Test
	void theFrameAloneHasNoModulesRules() {
		String css = this.style.sheet(List.of()).text();

		assertThat(css).contains(".site-header{", ".menu a,.menu summary{", ".alerts{")
			.doesNotContain(".notice-board", ".agenda-event");
	}

	@Test
	void thePathChangesWithTheSetOfFragmentsAndOnlyWithIt() {
		String frame = this.style.sheet(List.of()).path();
		String notices = this.style.sheet(List.of("notices")).path();
		String both = this.style.sheet(List.of("notices", "agenda")).path();

		assertThat(List.of(frame, notices, both)).doesNotHaveDuplicates()
			.allMatch((path) -> path.matches("/_/site\\.[0-9a-f]{12}\\.css"));
		assertThat(this.style.sheet(List.of("agenda", "notices")).path()).isEqualTo(both);
		assertThat(this.style.sheet(List.of("notices", "unknown")).path()).isEqualTo(notices);
	}

	@Test
	void aSheetOnceAssembledIsFoundByItsPath() {
		SiteStyle.Sheet notices = this.style.sheet(List.of("notices"));

		assertThat(this.style.find(notices.path())).contains(notices);
		assertThat(this.style.find("/_/site.000000000000.css")).isEmpty();
		assertThat(this.style.matches("/_/site.000000000000.css")).isTrue();
	}

}
