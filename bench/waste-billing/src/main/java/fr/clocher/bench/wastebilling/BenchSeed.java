package fr.clocher.bench.wastebilling;

import java.util.List;

import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.VolumeTariff;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The payers, bins and assignments of the benchmark, written set-based as the
 * application's role under the tenant's row-level security; every value follows from the
 * payer's number, so two runs of the same size seed the same data. One payer in 20 is a
 * professional (660 L bin), one in 33 arrives during the half-year and one in 33 leaves,
 * one in 200 lost its bin on 1 April.
 */
final class BenchSeed {

	/** The grid the benchmark bills with (amounts a year, in cents). */
	static final TariffGrid GRID = new TariffGrid(2026,
			List.of(new VolumeTariff(80, 9_000L, 12, 250L), new VolumeTariff(120, 12_000L, 12, 350L),
					new VolumeTariff(140, 13_000L, 12, 400L), new VolumeTariff(180, 15_000L, 12, 500L),
					new VolumeTariff(240, 18_000L, 12, 600L), new VolumeTariff(360, 24_000L, 12, 900L),
					new VolumeTariff(660, 40_000L, 24, 1_500L)),
			2_400L, 20L,
			List.of(new FlatRate("RESTAURANT", "Restaurant", 48_000L), new FlatRate("COMMERCE", "Commerce", 30_000L)),
			9_000L);

	private static final String NAMES = "array['martin','bernard','thomas','petit','robert','richard','durand',"
			+ "'dubois','moreau','laurent','simon','michel','lefebvre','leroy','roux','david','bertrand','morel',"
			+ "'fournier','girard','bonnet','dupont','lambert','fontaine','rousseau','vincent','muller','lefevre',"
			+ "'faure','andre','mercier','blanc','guerin','boyer','garnier','chevalier','francois','legrand',"
			+ "'gauthier','garcia','perrin','robin','clement','morin','nicolas','henry','roussel','mathieu']";

	private static final String FIRST = "array['jean','marie','pierre','anne','louis','claire','paul','julie',"
			+ "'michel','sophie','alain','isabelle','eric','nathalie','luc','sylvie','marc','camille','yves','lea']";

	private static final String STREETS = "array['de l''eglise','des ecoles','du moulin','de la mairie','des lilas',"
			+ "'du stade','de la gare','des vignes','du lavoir','des pins']";

	private BenchSeed() {
	}

	static void seed(TenantWork work, JdbcClient jdbc, BenchTenant tenant, int payers) {
		work.runInTenant(tenant.id(), () -> {
			jdbc.sql("""
					insert into waste_payer (tenant_id, id, kind, reference, name, address, commune_id, household_size,
					    professional_category, active_from, active_to, search_text, created_at, updated_at, civility,
					    first_name)
					select clocher_current_tenant(), md5('payer-' || i)::uuid, s.kind, s.reference, s.name, s.address,
					    case when i % 2 = 0 then ?::uuid else ?::uuid end,
					    case when s.kind = 'HOUSEHOLD' then 1 + i % 5 end,
					    case when s.kind = 'PROFESSIONAL' then (array['RESTAURANT','COMMERCE'])[1 + (i / 20) % 2] end,
					    case when i % 33 = 1 then date '2026-01-01' + (i % 181) else date '2015-01-01' end,
					    case when i % 33 = 2 then date '2026-01-01' + (i % 181) end,
					    lower(s.reference || ' ' || s.name || ' ' || s.address), now(), now(),
					    case when s.kind = 'HOUSEHOLD' then (array['MADAME','MONSIEUR'])[1 + i % 2] end,
					    case when s.kind = 'HOUSEHOLD' then initcap((""" + FIRST + """
					)[1 + (i * 13) % 20]) end
					from generate_series(1, ?) i
					cross join lateral (select
					    case when i % 20 = 0 then 'PROFESSIONAL' else 'HOUSEHOLD' end as kind,
					    'RI-' || lpad(i::text, 7, '0') as reference,
					    initcap((""" + NAMES + ")[1 + (i * 7) % 48] || ' ' || (" + FIRST + """
					)[1 + (i * 13) % 20]) as name,
					    (1 + i % 97) || ' rue ' || (""" + STREETS + """
					)[1 + (i * 3) % 10] || ', 31' || lpad((i % 1000)::text, 3, '0') as address) s
					""").params(tenant.communes().get(0), tenant.communes().get(1), payers).update();
			jdbc.sql(
					"""
							insert into waste_bin (tenant_id, id, tag, volume_litres, blacklisted_from, blacklist_reason, created_at)
							select clocher_current_tenant(), md5('bin-' || i)::uuid, 'TAG' || lpad(i::text, 7, '0'),
							    case when i % 20 = 0 then 660 else (array[80, 120, 140, 180, 240, 360])[1 + i % 6] end,
							    case when i % 200 = 3 and i % 33 > 2 then date '2026-04-01' end,
							    case when i % 200 = 3 and i % 33 > 2 then 'Volé' end, now()
							from generate_series(1, ?) i
							""")
				.param(payers)
				.update();
			jdbc.sql("""
					insert into waste_bin_assignment (tenant_id, id, bin_id, payer_id, start_date, end_date)
					select clocher_current_tenant(), md5('assignment-' || i)::uuid, md5('bin-' || i)::uuid, p.id,
					    p.active_from,
					    case when i % 200 = 3 and i % 33 > 2 then date '2026-03-31' else p.active_to end
					from generate_series(1, ?) i
					join waste_payer p on p.tenant_id = clocher_current_tenant() and p.id = md5('payer-' || i)::uuid
					""").param(payers).update();
		});
	}

}
