package fr.clocher.gateway;

/**
 * How many event loops Reactor Netty runs for the gateway's server and its clients: one
 * per core. Its default, at least 4, puts twice as many busy threads as cores on a 2-core
 * machine, where the gateway in front of nginx then served about 7,000 pages/s at 220
 * microseconds of CPU each, against about 10,000 at 135 with one loop per core. The loops
 * never block, so more of them than cores only adds switches. An explicit
 * {@code reactor.netty.ioWorkerCount} (system property) is kept.
 */
final class EventLoops {

	static final String WORKER_COUNT = "reactor.netty.ioWorkerCount";

	private EventLoops() {
	}

	/**
	 * Sets one loop per core unless the count is given; call before Reactor Netty starts.
	 */
	static void onePerCore() {
		if (System.getProperty(WORKER_COUNT) == null) {
			System.setProperty(WORKER_COUNT, Integer.toString(Runtime.getRuntime().availableProcessors()));
		}
	}

}
