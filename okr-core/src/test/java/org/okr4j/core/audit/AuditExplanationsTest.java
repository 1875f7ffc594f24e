package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;

/**
 * How the audit's explanations write computed values: exactly while they have at most four decimals
 * more than the printed figure, else rounded there with an ellipsis; ranges widened outward to two
 * more decimals.
 */
class AuditExplanationsTest {
  /** Stated to the nearest 0.1: one decimal, so values show up to five. */
  private static final Quantity PRINTED = Quantity.of(new BigDecimal("3.3"), Unit.percent());

  @Test
  void approx_upToFiveDecimals_isWrittenExactly() {
    assertThat(AuditExplanations.approx(Rational.of(5), PRINTED)).isEqualTo("5%");
    assertThat(AuditExplanations.approx(Rational.of(12345, 1000), PRINTED)).isEqualTo("12.345%");
    assertThat(AuditExplanations.approx(Rational.of(123456, 100000), PRINTED))
        .isEqualTo("1.23456%");
  }

  @Test
  void approx_moreDecimals_isRoundedToFiveWithAnEllipsis() {
    assertThat(AuditExplanations.approx(Rational.of(1234567, 1000000), PRINTED))
        .isEqualTo("1.23457…%");
    assertThat(AuditExplanations.approx(Rational.of(1, 3), PRINTED)).isEqualTo("0.33333…%");
  }

  @Test
  void range_isWidenedOutwardToTwoMoreDecimals_orSaysUndefined() {
    assertThat(
            AuditExplanations.range(
                Interval.between(Rational.of(1, 3), Rational.of(2, 3)), PRINTED))
        .isEqualTo("[0.333%, 0.667%]");
    assertThat(AuditExplanations.range(null, PRINTED)).isEqualTo("nothing (undefined)");
  }
}
