package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.model.StatusColor;

class StatusBuiltTest {
  private static final Explanation STEP = Explanation.of("progress", "f", "s", "41.49%");

  @Test
  void of_suppliers_buildEachOnceWhenFirstAsked() {
    AtomicInteger reasons = new AtomicInteger();
    AtomicInteger evidence = new AtomicInteger();
    Status g =
        Status.lazy(
            StatusColor.GREEN,
            "pace",
            () -> "reason " + reasons.incrementAndGet(),
            () -> {
              evidence.incrementAndGet();
              return List.of(STEP);
            });
    assertThat(reasons).hasValue(0);
    assertThat(evidence).hasValue(0);
    assertThat(g.reason()).isEqualTo("reason 1").isSameAs(g.reason());
    assertThat(g.evidence()).containsExactly(STEP).isSameAs(g.evidence());
    assertThat(reasons).hasValue(1);
    assertThat(evidence).hasValue(1);
  }

  @Test
  void reason_whenBuildingThrows_keepsNothingAndBuildsAgain() {
    AtomicInteger calls = new AtomicInteger();
    Status g =
        Status.lazy(
            StatusColor.GREEN,
            "pace",
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first");
              }
              return "second";
            },
            List::of);
    assertThatThrownBy(g::reason).isInstanceOf(IllegalStateException.class).hasMessage("first");
    assertThat(g.reason()).isEqualTo("second");
    assertThat(calls).hasValue(2);
  }

  @Test
  void of_given_checksAtOnceAndKeepsACopy() {
    List<Explanation> steps = new ArrayList<>(List.of(STEP));
    Status g = Status.of(StatusColor.GREEN, "pace", "why", steps);
    steps.clear();
    assertThat(g.reason()).isEqualTo("why");
    assertThat(g.evidence()).containsExactly(STEP);
    assertThatThrownBy(() -> g.evidence().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withRule_sharesTheSourcesReasonAndRenamesAgainFromTheSource() {
    AtomicInteger reasons = new AtomicInteger();
    Status source =
        Status.lazy(StatusColor.RED, "pace", () -> "r" + reasons.incrementAndGet(), List::of);
    Status twice = source.withRule("health over pace").withRule("first of health");
    assertThat(twice.rule()).isEqualTo("first of health");
    assertThat(twice.color()).isEqualTo(StatusColor.RED);
    assertThat(twice.reason()).isEqualTo("r1");
    assertThat(source.reason()).isEqualTo("r1");
    assertThat(twice.evidence()).isEmpty();
    assertThat(reasons).hasValue(1);
  }
}
