package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Progress.Zone;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.ObjectiveKind;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class ScoringPresetsTest {
  private static final Rational TINY = Rational.of(1, 1_000_000);

  private static Rational r(long n, long d) {
    return Rational.of(n, d);
  }

  @Test
  void googleGrading_gapsClosedUpward() {
    GradingRule g = ScoringPresets.googleGrading();
    assertThat(g).isSameAs(GradingRule.google());
    assertThat(g.colorOf(r(3, 10))).isEqualTo(StatusColor.RED);
    assertThat(g.colorOf(r(35, 100))).isEqualTo(StatusColor.RED);
    assertThat(g.colorOf(r(2, 5).minus(TINY))).isEqualTo(StatusColor.RED);
    assertThat(g.colorOf(r(2, 5))).isEqualTo(StatusColor.YELLOW);
    assertThat(g.colorOf(r(65, 100))).isEqualTo(StatusColor.YELLOW);
    assertThat(g.colorOf(r(7, 10).minus(TINY))).isEqualTo(StatusColor.YELLOW);
    assertThat(g.colorOf(r(7, 10))).isEqualTo(StatusColor.GREEN);
    assertThat(ScoringPresets.aspirational()).isSameAs(g);
  }

  @Test
  void commitTargetStretch_zonesAtThirtySeventyHundred() {
    assertThat(ScoringPresets.zoneOf(r(3, 10).minus(TINY))).isEqualTo(Zone.BELOW_COMMIT);
    assertThat(ScoringPresets.zoneOf(r(3, 10))).isEqualTo(Zone.COMMIT);
    assertThat(ScoringPresets.zoneOf(r(7, 10).minus(TINY))).isEqualTo(Zone.COMMIT);
    assertThat(ScoringPresets.zoneOf(r(7, 10))).isEqualTo(Zone.TARGET);
    assertThat(ScoringPresets.zoneOf(Rational.ONE.minus(TINY))).isEqualTo(Zone.TARGET);
    assertThat(ScoringPresets.zoneOf(Rational.ONE)).isEqualTo(Zone.STRETCH);
    assertThat(ScoringPresets.zoneOf(r(-1, 2))).isEqualTo(Zone.BELOW_COMMIT);
    GradingRule c = ScoringPresets.commitTargetStretch();
    assertThat(c.colorOf(r(3, 10).minus(TINY))).isEqualTo(StatusColor.RED);
    assertThat(c.colorOf(r(3, 10))).isEqualTo(StatusColor.YELLOW);
    assertThat(c.colorOf(r(7, 10))).isEqualTo(StatusColor.GREEN);
  }

  @Test
  void committed_greenOnlyAtOne() {
    GradingRule c = ScoringPresets.committed();
    assertThat(c.colorOf(Rational.ONE)).isEqualTo(StatusColor.GREEN);
    assertThat(c.colorOf(Rational.ONE.minus(TINY))).isEqualTo(StatusColor.YELLOW);
    assertThat(c.colorOf(r(7, 10))).isEqualTo(StatusColor.YELLOW);
    assertThat(c.colorOf(r(7, 10).minus(TINY))).isEqualTo(StatusColor.RED);
  }

  @Test
  void forObjective_byKind() {
    Objective.Builder o = Objective.builder().id("o").title("o");
    assertThat(ScoringPresets.forObjective(o.build())).isSameAs(ScoringPresets.aspirational());
    assertThat(ScoringPresets.forObjective(o.kind(ObjectiveKind.COMMITTED).build()))
        .isSameAs(ScoringPresets.committed());
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(ScoringPresets.class);
  }
}
