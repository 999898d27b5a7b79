package fr.clocher.wastebilling.service.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Gives the current transaction (only) more memory for its sorts and groupings: an
 * import's or a billing run's millions of rows then stay in memory instead of spilling to
 * disk.
 */
public final class BulkMemory {

	private BulkMemory() {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public static void grant(JdbcClient jdbc, DataSize workMem) {
		jdbc.sql("select set_config('work_mem', ?, true)")
			.param(workMem.toKilobytes() + "kB")
			.query(String.class)
			.single();
	}

}
