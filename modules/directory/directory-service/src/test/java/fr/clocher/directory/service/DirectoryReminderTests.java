package fr.clocher.directory.service;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import fr.clocher.kernel.tenancy.TenantWork;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The yearly question to owners: an entry unconfirmed for a year gets one mail, its
 * one-click link confirms it (once), the next sweep asks nothing; an entry unconfirmed
 * for 18 months is stale for the secretary.
 */
@DirectoryTest
class DirectoryReminderTests {

	private static final Pattern LINK = Pattern.compile("/annuaire/fiche-a-jour\\?jeton=(\\S+)");

	@Autowired
	Communes communes;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantWork work;

	@Autowired
	GreenMail smtp;

	@Autowired
	fr.clocher.directory.service.reminders.ReminderSweep sweep;

	Commune commune;

	String entry;

	@BeforeEach
	void anEntryWithAnOwner() throws Exception {
		this.smtp.purgeEmailFromAllMailboxes();
		this.commune = this.communes.commune();
		this.entry = this.communes.create(this.commune, Communes.json(Map.of("name", "Club de tennis", "categoryId",
				this.communes.category(this.commune, "associations"), "email", "tennis@exemple.fr")));
		this.communes.send(this.commune, "/entries/{id}/publish", "", this.entry).andExpect(status().isOk());
	}

	@Test
	void anOwnerConfirmsInOneClickAndIsAskedOnceAYear() throws Exception {
		this.sweep.run();
		assertThat(this.smtp.getReceivedMessages()).as("confirmed today: nothing to ask").isEmpty();
		confirmedMonthsAgo(13);

		this.sweep.run();

		MimeMessage mail = this.smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("tennis@exemple.fr");
		Matcher link = LINK.matcher((String) mail.getContent());
		assertThat(link.find()).isTrue();
		this.communes.site(this.commune, "/annuaire/fiche-a-jour", "jeton", link.group(1))
			.andExpect(content().string(containsString("Ma fiche est à jour")));
		this.sweep.run();
		assertThat(this.smtp.getReceivedMessages()).as("asked once a year").hasSize(1);

		site(link.group(1)).andExpect(status().isOk());
		site(link.group(1)).andExpect(status().isBadRequest());
		this.communes.read(this.commune, "/entries/{id}", this.entry).andExpect(jsonPath("$.stale").value(false));
		assertThat(monthsSinceConfirmed()).isZero();
	}

	@Test
	void anEntryUnconfirmedFor18MonthsIsStale() throws Exception {
		confirmedMonthsAgo(17);
		this.communes.read(this.commune, "/entries/{id}", this.entry).andExpect(jsonPath("$.stale").value(false));
		confirmedMonthsAgo(19);
		this.communes.read(this.commune, "/entries/{id}", this.entry).andExpect(jsonPath("$.stale").value(true));
		this.communes.send(this.commune, "/entries/{id}/confirm", "", this.entry)
			.andExpect(jsonPath("$.stale").value(false));
	}

	private org.springframework.test.web.servlet.ResultActions site(String token) throws Exception {
		return this.mvc.perform(post("/annuaire/fiche-a-jour").param("jeton", token).with((r) -> {
			r.setServerName(this.commune.slug() + ".clocher.test");
			return r;
		}));
	}

	private void confirmedMonthsAgo(int months) {
		this.work.runInTenant(this.commune.id(),
				() -> this.jdbc
					.sql("update directory_entry set last_confirmed_at = now() - make_interval(months => ?)"
							+ " where id = ?::uuid")
					.params(months, this.entry)
					.update());
	}

	private int monthsSinceConfirmed() {
		return this.work.inTenant(this.commune.id(),
				() -> this.jdbc
					.sql("select extract(month from age(now(), last_confirmed_at))::int from directory_entry"
							+ " where id = ?::uuid")
					.param(this.entry)
					.query(Integer.class)
					.single());
	}

}
