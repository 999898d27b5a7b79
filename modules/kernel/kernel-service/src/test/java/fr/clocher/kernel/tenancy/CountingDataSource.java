package fr.clocher.kernel.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/** Counts the connections checked out: a query needs one, a kept answer none. */
public final class CountingDataSource extends DelegatingDataSource {

	public final AtomicInteger connections = new AtomicInteger();

	public CountingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		this.connections.incrementAndGet();
		return super.getConnection();
	}

}
