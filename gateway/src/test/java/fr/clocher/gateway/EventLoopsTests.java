package fr.clocher.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway runs one event loop per core, unless told otherwise.
 */
class EventLoopsTests {

	private String given;

	@BeforeEach
	void rememberTheSetting() {
		this.given = System.getProperty(EventLoops.WORKER_COUNT);
		System.clearProperty(EventLoops.WORKER_COUNT);
	}

	@AfterEach
	void restoreTheSetting() {
		if (this.given != null) {
			System.setProperty(EventLoops.WORKER_COUNT, this.given);
		}
		else {
			System.clearProperty(EventLoops.WORKER_COUNT);
		}
	}

	@Test
	void oneLoopPerCoreByDefault() {
		EventLoops.onePerCore();

		assertThat(System.getProperty(EventLoops.WORKER_COUNT))
			.isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void anExplicitCountIsKept() {
		System.setProperty(EventLoops.WORKER_COUNT, "7");

		EventLoops.onePerCore();

		assertThat(System.getProperty(EventLoops.WORKER_COUNT)).isEqualTo("7");
	}

}
