package fr.clocher.kernel.changes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Listens to the platform's change notifications in every service that has a database.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBean(DataSource.class)
public class ChangesAutoConfiguration {

	@Bean
	ChangeNotifications changeNotifications(DataSource dataSource, ApplicationEventPublisher events) {
		return new ChangeNotifications(() -> ownConnection(dataSource), events, Duration.ofSeconds(1));
	}

	/**
	 * A connection with the pool's settings but outside it: it is held for the life of
	 * the service and must not take a pooled one from the requests.
	 */
	private static Connection ownConnection(DataSource dataSource) throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		}
		return dataSource.getConnection();
	}

}
