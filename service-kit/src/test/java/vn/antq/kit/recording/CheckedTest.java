package vn.antq.kit.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CheckedTest {

    @Test
    void aValidResultYieldsItsValueAndNoProblems() {
        Checked<String> checked = Checked.of(new ArrayList<>(), () -> "ok");
        assertThat(checked.isValid()).isTrue();
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.orElseThrow(found -> new IllegalStateException(found.toString()))).isEqualTo("ok");
    }

    @Test
    void anInvalidResultNamesEveryProblemAndBuildsNoValue() {
        List<Problem> problems = new ArrayList<>(List.of(Problem.required("title", "tên", "title")));
        Checked<String> checked = Checked.of(problems, () -> {
            throw new AssertionError("the value is built only when there are no problems");
        });
        problems.clear();
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.problems()).containsExactly(new Problem("title", "Thiếu tên", "Missing title"));
        assertThatThrownBy(() -> checked.orElseThrow(found -> new IllegalStateException(found.get(0).field())))
                .isInstanceOf(IllegalStateException.class).hasMessage("title");
        assertThatThrownBy(checked::value).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void anInvalidResultWithoutProblemsIsRefused() {
        assertThatThrownBy(() -> Checked.invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
