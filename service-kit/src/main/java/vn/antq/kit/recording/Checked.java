package vn.antq.kit.recording;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The result of checking a submitted form: either the valid value (details, resolved locality, ...) or every
 * problem found. Plain Java, so that validation stays domain code.
 *
 * @param <T> what a valid form yields
 */
public sealed interface Checked<T> permits Checked.Valid, Checked.Invalid {

    record Valid<T>(T value) implements Checked<T> {
    }

    record Invalid<T>(List<Problem> problems) implements Checked<T> {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result names at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }

    static <T> Checked<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Checked<T> invalid(List<Problem> problems) {
        return new Invalid<>(problems);
    }

    /** Invalid with the problems found, or valid with the value built only when there are none. */
    static <T> Checked<T> of(List<Problem> problems, Supplier<T> value) {
        return problems.isEmpty() ? valid(value.get()) : invalid(problems);
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The problems found; empty when valid. */
    default List<Problem> problems() {
        return this instanceof Invalid<T> invalid ? invalid.problems() : List.of();
    }

    /** The valid value; fails when invalid (for callers that have checked, and for tests). */
    default T value() {
        if (this instanceof Valid<T> valid) {
            return valid.value();
        }
        throw new NoSuchElementException("invalid: " + problems());
    }

    /** The valid value, or the exception the caller makes of the problems (a 400 answer, a rejected row). */
    default <X extends RuntimeException> T orElseThrow(Function<List<Problem>, X> refusal) {
        if (this instanceof Invalid<T> invalid) {
            throw refusal.apply(invalid.problems());
        }
        return ((Valid<T>) this).value();
    }
}
