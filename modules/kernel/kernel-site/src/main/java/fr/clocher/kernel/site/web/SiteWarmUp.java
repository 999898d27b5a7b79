package fr.clocher.kernel.site.web;

import fr.clocher.kernel.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Renders one commune's home page before the web server accepts its first request, so
 * that the classes of the public site are loaded and initialised by one thread rather
 * than by the first burst of readers. On a small machine, virtual threads waiting for a
 * class that another one is initialising pin their carrier threads, and a burst of first
 * requests could stall the service. Does nothing when no commune is active yet; a failure
 * is logged and never stops the service from starting.
 */
@Component
class SiteWarmUp implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SiteWarmUp.class);

	/** Before the web server, which starts in one of the last phases. */
	private static final int PHASE = 0;

	private final TenantDirectory directory;

	private final SiteDispatcher dispatcher;

	private volatile boolean running;

	SiteWarmUp(TenantDirectory directory, SiteDispatcher dispatcher) {
		this.directory = directory;
		this.dispatcher = dispatcher;
	}

	@Override
	public void start() {
		try {
			this.directory.anyActive().ifPresent(this.dispatcher::warmUp);
		}
		catch (RuntimeException ex) {
			log.warn("Could not warm the public site up; the first readers will do it", ex);
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
