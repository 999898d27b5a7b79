package fr.clocher.announcements.ui.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Calls the announcements API for a form. A refusal shows, as with kernel-ui's
 * {@link ApiCall}, its reason on each field it names, and a notification in the
 * secretary's language; that notification also names each refused field by its label
 * ("Jusqu'à quand : la fin est déjà passée"), because the API's sentence alone ("Ce champ
 * est obligatoire.") does not say which field it means.
 */
public final class FormCall {

	private final Map<String, Field> fields = new LinkedHashMap<>();

	/**
	 * Names a field as the API names it.
	 * @param <F> a labelled field
	 * @param apiName the field's name in the API's {@code errors}
	 * @param field the field on the screen, whose label the notification repeats
	 * @return this
	 */
	public <F extends HasValidation & HasLabel> FormCall field(String apiName, F field) {
		this.fields.put(apiName, new Field(field, field::getLabel));
		return this;
	}

	/**
	 * Runs a call.
	 * @param <T> what it answers
	 * @param call the call
	 * @return its answer, or empty when it failed (the failure is shown)
	 */
	public <T> Optional<T> run(Supplier<T> call) {
		this.fields.values().forEach((field) -> field.input().setInvalid(false));
		try {
			return Optional.ofNullable(call.get());
		}
		catch (RuntimeException failure) {
			ApiError error = ApiError.of(failure);
			ApiCall.failure(new ApiError(error.status(), message(error), error.fields()));
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

	/**
	 * The refused fields the screen shows, in its order, each named by its label; then
	 * the reasons given for fields it does not show; the API's sentence when it named
	 * none.
	 */
	private String message(ApiError error) {
		List<String> named = new ArrayList<>();
		this.fields.forEach((name, field) -> {
			String reason = error.field(name);
			if (reason != null) {
				field.input().setErrorMessage(reason);
				field.input().setInvalid(true);
				named.add(translate("announcements.error.field", field.label().get(), reason));
			}
		});
		error.fields()
			.entrySet()
			.stream()
			.filter((refused) -> !this.fields.containsKey(refused.getKey()))
			.forEach((refused) -> named.add(refused.getValue()));
		return named.isEmpty() ? error.message() : String.join(" ", named);
	}

	private record Field(HasValidation input, Supplier<String> label) {
	}

}
