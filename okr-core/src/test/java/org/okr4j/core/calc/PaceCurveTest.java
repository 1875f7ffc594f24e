package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class PaceCurveTest {
  private static PacePoint p(long elapsedNum, long elapsedDen, long expectedNum, long expectedDen) {
    return PacePoint.of(Rational.of(elapsedNum, elapsedDen), Rational.of(expectedNum, expectedDen));
  }

  private static final List<PacePoint> QUARTERS =
      List.of(p(1, 4, 1, 4), p(1, 2, 1, 2), p(3, 4, 3, 4), p(1, 1, 1, 1));

  @Test
  void linear_isIdentity() {
    PaceCurve linear = PaceCurve.linear();
    assertThat(linear.name()).isEqualTo("linear");
    assertThat(linear.expectedAt(Rational.of(275, 366))).isEqualTo(Rational.of(275, 366));
    assertThat(linear.expectedAt(Rational.ZERO)).isEqualTo(Rational.ZERO);
    assertThat(PaceCurve.linear()).isSameAs(linear);
  }

  @Test
  void stepwise_quarterlyPhases() {
    PaceCurve steps = PaceCurve.stepwise(QUARTERS);
    assertThat(steps.name()).isEqualTo("stepwise");
    assertThat(steps.expectedAt(Rational.ZERO)).isEqualTo(Rational.ZERO);
    assertThat(steps.expectedAt(Rational.of(1, 5))).isEqualTo(Rational.ZERO);
    assertThat(steps.expectedAt(Rational.of(1, 4))).isEqualTo(Rational.of(1, 4));
    assertThat(steps.expectedAt(Rational.of(274, 366))).isEqualTo(Rational.of(1, 2));
    assertThat(steps.expectedAt(Rational.of(3, 4))).isEqualTo(Rational.of(3, 4));
    assertThat(steps.expectedAt(Rational.ONE)).isEqualTo(Rational.ONE);
  }

  @Test
  void stepwise_copiesPoints() {
    List<PacePoint> points = new ArrayList<>(QUARTERS);
    PaceCurve steps = PaceCurve.stepwise(points);
    points.clear();
    assertThat(steps.expectedAt(Rational.ONE)).isEqualTo(Rational.ONE);
  }

  @Test
  void stepwise_noPoints_refused() {
    assertThatThrownBy(() -> PaceCurve.stepwise(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stepwise pace needs at least 1 point(s), not 0");
  }

  @Test
  void stepwise_elapsedNotIncreasing_refused() {
    assertThatThrownBy(() -> PaceCurve.stepwise(List.of(p(1, 2, 1, 4), p(1, 2, 1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "stepwise pace points must have increasing elapsed and non-decreasing expected:"
                + " (1/2 → 1/4) then (1/2 → 1/2)");
  }

  @Test
  void stepwise_expectedDecreasing_refused() {
    assertThatThrownBy(() -> PaceCurve.stepwise(List.of(p(1, 4, 1, 2), p(1, 2, 1, 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(1/4 → 1/2) then (1/2 → 1/4)");
  }

  @Test
  void through_interpolatesLinearlyBetweenPoints() {
    PaceCurve curve = PaceCurve.through(List.of(p(0, 1, 0, 1), p(1, 2, 3, 4), p(1, 1, 1, 1)));
    assertThat(curve.name()).isEqualTo("piecewise-linear");
    assertThat(curve.expectedAt(Rational.ZERO)).isEqualTo(Rational.ZERO);
    assertThat(curve.expectedAt(Rational.of(1, 4))).isEqualTo(Rational.of(3, 8));
    assertThat(curve.expectedAt(Rational.of(1, 2))).isEqualTo(Rational.of(3, 4));
    assertThat(curve.expectedAt(Rational.of(3, 4))).isEqualTo(Rational.of(7, 8));
    assertThat(curve.expectedAt(Rational.ONE)).isEqualTo(Rational.ONE);
  }

  @Test
  void builtInCurves_refuseElapsedOutsideZeroOne() {
    PaceCurve through = PaceCurve.through(List.of(p(0, 1, 0, 1), p(1, 1, 9, 10)));
    PaceCurve stepwise = PaceCurve.stepwise(List.of(p(1, 2, 1, 2)));
    for (PaceCurve curve : List.of(through, stepwise, PaceCurve.linear())) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> curve.expectedAt(Rational.of(3, 2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("elapsed fraction (3/2) must be within [0, 1]");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> curve.expectedAt(Rational.of(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("elapsed fraction (-1) must be within [0, 1]");
    }
    assertThat(through.expectedAt(Rational.ONE)).isEqualTo(Rational.of(9, 10));
  }

  @Test
  void through_flatStart() {
    PaceCurve curve = PaceCurve.through(List.of(p(0, 1, 0, 1), p(1, 4, 0, 1), p(1, 1, 1, 1)));
    assertThat(curve.expectedAt(Rational.of(1, 8))).isEqualTo(Rational.ZERO);
    assertThat(curve.expectedAt(Rational.of(5, 8))).isEqualTo(Rational.of(1, 2));
  }

  @Test
  void through_onePoint_refused() {
    assertThatThrownBy(() -> PaceCurve.through(List.of(p(0, 1, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("piecewise-linear pace needs at least 2 point(s), not 1");
  }

  @Test
  void through_notFromZeroToOne_refused() {
    assertThatThrownBy(() -> PaceCurve.through(List.of(p(1, 4, 0, 1), p(1, 1, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "piecewise-linear pace must start at elapsed 0 and end at elapsed 1: [(1/4 → 0),"
                + " (1 → 1)]");
    assertThatThrownBy(() -> PaceCurve.through(List.of(p(0, 1, 0, 1), p(3, 4, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start at elapsed 0 and end at elapsed 1");
  }

  @Test
  void customCurve_defaultName() {
    PaceCurve backLoaded = elapsed -> elapsed.multipliedBy(elapsed);
    assertThat(backLoaded.name()).isEqualTo("custom");
    assertThat(backLoaded.expectedAt(Rational.of(1, 2))).isEqualTo(Rational.of(1, 4));
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(PaceCurve.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(PaceCurve.stepwise(QUARTERS));
    CalcTesting.nullPointerTester()
        .testAllPublicInstanceMethods(PaceCurve.through(List.of(p(0, 1, 0, 1), p(1, 1, 1, 1))));
  }
}
