package fr.clocher.directory.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.host.ModuleTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A test of the directory on the module test host, all in one Spring context:
 * {@link Communes} makes tenants with the module on and acts as their secretaries and
 * residents; a GreenMail server receives the mail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ModuleTest(properties = { "clocher.directory.max-photo-size=2KB", "clocher.directory.reminders.enabled=false" })
@Import(DirectoryTest.Host.class)
public @interface DirectoryTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Host {

		/** A real SMTP server for the whole context, on a free port. */
		@Bean(initMethod = "start", destroyMethod = "stop")
		GreenMail smtp() {
			return new GreenMail(new ServerSetup(Communes.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		}

		@Bean
		JavaMailSenderImpl mailSender(GreenMail smtp) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.getSmtp().getPort());
			return sender;
		}

		@Bean
		Communes communes(MockMvc mvc, JdbcClient jdbc, TenantWork work, ModuleActivations activations) {
			return new Communes(mvc, jdbc, work, activations);
		}

	}

}
