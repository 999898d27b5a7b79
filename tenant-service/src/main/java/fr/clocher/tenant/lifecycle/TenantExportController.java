package fr.clocher.tenant.lifecycle;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.tenant.registry.RegistryProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's export of a tenant's whole data (GDPR portability, a commune leaving the
 * platform): {@code GET /api/platform/tenants/{tenant}/export}, a ZIP archive streamed as
 * it is read ({@link TenantArchive}; its format in {@code docs/tenant-export.md}).
 */
@RestController
@Tag(name = "Tenants", description = "The registry of communes and intercommunalities")
class TenantExportController {

	private static final Logger log = LoggerFactory.getLogger(TenantExportController.class);

	private final TenantDirectory directory;

	private final TenantArchive archive;

	private final TransactionTemplate snapshot;

	TenantExportController(TenantDirectory directory, DataSource dataSource, JdbcClient jdbc, JsonMapper json,
			PlatformTransactionManager transactions) {
		this.directory = directory;
		this.archive = new TenantArchive(dataSource, new TenantTables(jdbc), json, Clock.systemUTC());
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@GetMapping("/api/platform/tenants/{tenant}/export")
	@Operation(summary = "A tenant's whole data: one CSV file per tenant table and a manifest with checksums, zipped")
	void export(@PathVariable("tenant") String slug, HttpServletResponse response) throws IOException {
		TenantRef tenant = this.directory.bySlug(slug).orElseThrow(() -> RegistryProblems.unknownTenant(slug));
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("clocher-" + tenant.slug() + "-" + LocalDate.now(Paris.ZONE) + ".zip")
					.build()
					.toString());
		try (TenantContext.Scope scope = TenantContext.enter(tenant.id())) {
			this.snapshot.executeWithoutResult((status) -> {
				try {
					this.archive.write(tenant, response.getOutputStream());
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		log.info("Exported the data of {}", tenant.slug());
	}

}
