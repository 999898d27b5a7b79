package fr.clocher.wastebilling.service;

import fr.clocher.kernel.test.host.ModuleSwitch;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every test of the module starts from: the host's MockMvc and database, and a new
 * intercommunality of two member communes with the module on, whose secretary calls the
 * API.
 */
@WasteBillingTest
public abstract class WasteBillingTestCase {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	/** Plain SQL as the application's role (see {@link TenantSql}). */
	@Autowired
	protected JdbcTemplate sql;

	@Autowired
	protected ModuleSwitch modules;

	protected Intercommunality cc;

	protected WasteRequests api;

	@BeforeEach
	void anIntercommunalityWithTheModuleOn() {
		this.cc = Intercommunality.create(this.jdbc, this.modules);
		this.api = new WasteRequests(this.mvc, this.cc);
	}

}
