package fr.clocher.kernel.tenancy;

import java.util.Optional;
import java.util.UUID;

import org.springframework.core.task.TaskDecorator;

/**
 * Carries the submitting thread's tenant to the worker thread of an {@code @Async} task,
 * and removes it when the task ends.
 */
public class TenantPropagatingTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable task) {
		Optional<UUID> tenant = TenantContext.current();
		if (tenant.isEmpty()) {
			return task;
		}
		UUID id = tenant.get();
		return () -> TenantContext.runAs(id, task);
	}

}
