package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Explanation;

class GroundsTest {
  private static final Explanation STEP = Explanation.of("progress", "f", "s", "41.49%");

  @Test
  void of_suppliers_buildEachOnceWhenFirstAsked() {
    AtomicInteger reasons = new AtomicInteger();
    AtomicInteger evidence = new AtomicInteger();
    Grounds g =
        Grounds.of(
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
    Grounds g =
        Grounds.of(
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
    Grounds g = Grounds.of("why", steps);
    steps.clear();
    assertThat(g.reason()).isEqualTo("why");
    assertThat(g.evidence()).containsExactly(STEP);
    assertThatThrownBy(() -> g.evidence().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
