package fr.clocher.wastebilling.service.payers;

import java.time.Clock;

import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The payers: their store, their rules, the member communes, their controller. */
@Configuration(proxyBeanMethods = false)
@Import(PayersController.class)
public class PayersConfiguration {

	@Bean
	MemberCommunes wasteMemberCommunes(TenantRelations relations, TenantDirectory directory) {
		return new MemberCommunes(relations, directory);
	}

	@Bean
	PayerStore wastePayerStore(JdbcClient jdbc) {
		return new PayerStore(jdbc);
	}

	@Bean
	Payers wastePayers(PayerStore store, MemberCommunes communes, WasteChanges changes, ObjectProvider<Clock> clock) {
		return new Payers(store, communes, changes, clock.getIfAvailable(Clock::systemUTC));
	}

}
