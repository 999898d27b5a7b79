package fr.clocher.kernel.tenancy;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read-only transaction reads a row once and keeps the answer to its end; any other
 * transaction, and the next read-only one, read again. The row changes between the two
 * reads, committed by another transaction, as another request would.
 */
@IntegrationTest(classes = KernelTestApplication.class)
class ReadOnlyMemoTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	String slug;

	UUID commune;

	@BeforeEach
	void aCommune() {
		this.slug = "memo-" + UUID.randomUUID().toString().substring(0, 8);
		this.commune = TestTenants.commune(this.jdbc, this.slug);
	}

	@Test
	void aReadOnlyTransactionKeepsWhatItReadUntilItEnds() {
		List<String> seen = transaction(true).execute((status) -> {
			String first = name();
			rename("Renommée pendant la lecture");
			return List.of(first, name(), readName());
		});

		assertThat(seen).containsExactly(this.slug, this.slug, "Renommée pendant la lecture");
		String next = transaction(true).execute((status) -> name());
		assertThat(next).isEqualTo("Renommée pendant la lecture");
	}

	@Test
	void aTransactionThatMayWriteReadsEveryTime() {
		List<String> seen = transaction(false).execute((status) -> {
			String first = name();
			rename("Renommée");
			return List.of(first, name());
		});

		assertThat(seen).containsExactly(this.slug, "Renommée");
	}

	private String name() {
		return ReadOnlyMemo.remember(this, List.of(this.commune, "name"), this::readName);
	}

	private String readName() {
		return this.jdbc.sql("select name from tenant where id = ?").param(this.commune).query(String.class).single();
	}

	/** Committed by a transaction of its own, as another request would. */
	private void rename(String name) {
		TransactionTemplate other = new TransactionTemplate(this.transactions);
		other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		other.executeWithoutResult((status) -> this.jdbc.sql("update tenant set name = ? where id = ?")
			.params(name, this.commune)
			.update());
	}

	private TransactionTemplate transaction(boolean readOnly) {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.setReadOnly(readOnly);
		return template;
	}

}
