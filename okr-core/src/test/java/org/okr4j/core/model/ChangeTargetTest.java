package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.d;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChangeTargetTest {

  @Test
  void relativeChange_tenPercentDecrease() {
    ChangeTarget t = Target.relativeChange(d("-10"));
    assertThat(t.measure()).isEqualTo(ChangeMeasure.RELATIVE);
    assertThat(t.amount()).isEqualTo(d("-10"));
    assertThat(t.statedValue()).isEmpty();
    assertThat(t.kind()).isEqualTo(Target.Kind.CHANGE);
  }

  @Test
  void percentagePoints_plus25() {
    ChangeTarget t = Target.percentagePoints(d("25"));
    assertThat(t.measure()).isEqualTo(ChangeMeasure.PERCENTAGE_POINTS);
    assertThat(t).isEqualTo(ChangeTarget.of(ChangeMeasure.PERCENTAGE_POINTS, d("25")));
  }

  @Test
  void withStatedValue_keepsThePrintedResult() {
    // "2% (18 days)"
    StatedFigure eighteenDays = StatedFigure.of("18 days", days("18"));
    ChangeTarget t =
        Target.relativeChange(d("-2")).withStatedValue(eighteenDays).printedAs("2% (18 days)");
    assertThat(t.statedValue()).contains(eighteenDays);
    assertThat(t.printed()).contains("2% (18 days)");
    assertThat(t.amount()).isEqualTo(d("-2"));
  }

  @Test
  void amount_mustNotBeZero() {
    assertThatThrownBy(() -> Target.relativeChange(new BigDecimal("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("change target amount (0.00) must not be zero");
  }

  @Test
  void amount_outsideLimits_isRefused() {
    assertThatThrownBy(() -> Target.relativeChange(d("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "change target amount (1E+999999999) is outside the accepted range");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Target.relativeChange(d("-10")), ChangeTarget.of(ChangeMeasure.RELATIVE, d("-10")))
        .addEqualityGroup(Target.relativeChange(d("10")))
        .addEqualityGroup(ChangeTarget.of(ChangeMeasure.SCALE_POINTS, d("-10")))
        .addEqualityGroup(
            Target.relativeChange(d("-10")).withStatedValue(StatedFigure.of("18 days", days("18"))))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(ChangeTarget.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Target.relativeChange(d("-10")));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(ChangeTarget.class);
    assertImmutableInstance(Target.relativeChange(d("-10")));
  }
}
