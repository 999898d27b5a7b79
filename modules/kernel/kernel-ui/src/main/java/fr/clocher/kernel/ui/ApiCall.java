package fr.clocher.kernel.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Calls a module's API for a screen: a refusal becomes the API's own sentence in a
 * notification, and each refused field the screen knows shows its reason on the field.
 * Never a stack trace. The static methods give portal-ui's own screens the same
 * notifications.
 */
public final class ApiCall {

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private ApiError lastError;

	/**
	 * Names a field as the API names it, so that its refusal shows on it.
	 * @param apiName the field's name in the API's {@code errors} ({@code slug},
	 * {@code entries[0].label}...)
	 * @param field the field on the screen
	 * @return this
	 */
	public ApiCall field(String apiName, HasValidation field) {
		this.fields.put(apiName, field);
		return this;
	}

	/** Forgets the fields named so far (a list editor rebuilt its rows). */
	public void clearFields() {
		clearErrors();
		this.fields.clear();
	}

	/**
	 * Runs a call.
	 * @param <T> what the call answers
	 * @param call the call
	 * @return its answer, or empty when it failed (the failure is shown)
	 */
	public <T> Optional<T> run(Supplier<T> call) {
		clearErrors();
		this.lastError = null;
		try {
			return Optional.ofNullable(call.get());
		}
		catch (RuntimeException failure) {
			show(ApiError.of(failure));
			return Optional.empty();
		}
	}

	/**
	 * Runs a call that answers nothing.
	 * @param call the call
	 * @return whether it succeeded
	 */
	public boolean run(Runnable call) {
		return run(() -> {
			call.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/** The failure of the last call, if it failed. */
	public Optional<ApiError> lastError() {
		return Optional.ofNullable(this.lastError);
	}

	/** Shows a confirmation. */
	public static void success(String message) {
		Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	/** Shows an error, in a notification that stays long enough to be read. */
	public static void failure(ApiError error) {
		Notification notification = Notification.show(error.message(), 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	/**
	 * Reads a failed call in the session's language and shows it.
	 * @param failure what the API client threw
	 * @return the readable error
	 */
	public static ApiError failure(RuntimeException failure) {
		ApiError error = ApiError.of(failure);
		failure(error);
		return error;
	}

	private void show(ApiError error) {
		this.lastError = error;
		error.fields().forEach((name, reason) -> {
			HasValidation field = this.fields.get(name);
			if (field != null) {
				field.setErrorMessage(reason);
				field.setInvalid(true);
			}
		});
		failure(error);
	}

	private void clearErrors() {
		this.fields.values().forEach((field) -> field.setInvalid(false));
	}

}
