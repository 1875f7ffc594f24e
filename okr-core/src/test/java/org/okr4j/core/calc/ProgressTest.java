package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class ProgressTest {
  @Test
  void of_toolMaintainers_partWay() {
    Progress p = Progress.of(Rational.of(39, 94));
    assertThat(p.raw()).isEqualTo(Rational.of(39, 94));
    assertThat(p.clamped()).isEqualTo(Rational.of(39, 94));
    assertThat(p.isAchieved()).isFalse();
    assertThat(p.isOverAchieved()).isFalse();
    assertThat(p.isMovingAway()).isFalse();
    assertThat(p.isMetOrNot()).isFalse();
    assertThat(p.zone()).isEmpty();
    assertThat(p.parts()).isEmpty();
  }

  @Test
  void of_elevenOfEightTools_overAchievementKeptClampedToOne() {
    Progress p = Progress.of(Rational.of(11, 8));
    assertThat(p.raw()).isEqualTo(Rational.of(11, 8));
    assertThat(p.clamped()).isEqualTo(Rational.ONE);
    assertThat(p.isAchieved()).isTrue();
    assertThat(p.isOverAchieved()).isTrue();
  }

  @Test
  void of_exactlyOne_achievedNotOverAchieved() {
    Progress p = Progress.of(Rational.ONE);
    assertThat(p.isAchieved()).isTrue();
    assertThat(p.isOverAchieved()).isFalse();
    assertThat(p.clamped()).isEqualTo(Rational.ONE);
  }

  @Test
  void of_negative_movingAwayClampedToZero() {
    Progress p = Progress.of(Rational.of(-17, 94));
    assertThat(p.isMovingAway()).isTrue();
    assertThat(p.isAchieved()).isFalse();
    assertThat(p.clamped()).isEqualTo(Rational.ZERO);
  }

  @Test
  void of_zero_notMovingAway() {
    assertThat(Progress.of(Rational.ZERO).isMovingAway()).isFalse();
  }

  @Test
  void metOrNot_zeroOrOne() {
    assertThat(Progress.metOrNot(true).raw()).isEqualTo(Rational.ONE);
    assertThat(Progress.metOrNot(true).isMetOrNot()).isTrue();
    assertThat(Progress.metOrNot(true).isAchieved()).isTrue();
    assertThat(Progress.metOrNot(false).raw()).isEqualTo(Rational.ZERO);
    assertThat(Progress.metOrNot(false).isAchieved()).isFalse();
  }

  @Test
  void zoned_carriesZone() {
    Progress p = Progress.zoned(Rational.of(3, 4), Progress.Zone.COMMIT);
    assertThat(p.zone()).contains(Progress.Zone.COMMIT);
    assertThat(p.raw()).isEqualTo(Rational.of(3, 4));
    assertThat(p).hasToString("Progress[3/4, COMMIT]");
  }

  @Test
  void composite_keepsPartsInOrderAndUnmodifiable() {
    Map<String, Progress> parts = new LinkedHashMap<>();
    parts.put("projects", Progress.of(Rational.of(21, 20)));
    parts.put("tasks", Progress.of(Rational.of(143, 140)));
    Progress p = Progress.composite(Rational.of(143, 140), parts);
    parts.clear();
    assertThat(p.parts()).containsOnlyKeys("projects", "tasks");
    assertThat(p.parts().keySet()).containsExactly("projects", "tasks");
    assertThatThrownBy(() -> p.parts().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(p.toString()).startsWith("Progress[143/140, {projects=Progress[21/20]");
  }

  @Test
  void equalsAndHashCode_everyField() {
    Progress half = Progress.of(Rational.of(1, 2));
    assertThat(Progress.of(Rational.of(2, 4))).isEqualTo(half).hasSameHashCodeAs(half);
    assertThat(Progress.of(Rational.ONE)).isNotEqualTo(Progress.metOrNot(true));
    assertThat(Progress.zoned(Rational.of(1, 2), Progress.Zone.COMMIT)).isNotEqualTo(half);
    assertThat(Progress.composite(Rational.of(1, 2), Map.of("a", half))).isNotEqualTo(half);
    assertThat(half).isNotEqualTo(Rational.of(1, 2));
  }

  @Test
  void toString_raw() {
    assertThat(Progress.of(Rational.of(39, 94))).hasToString("Progress[39/94]");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(Progress.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(Progress.of(Rational.ONE));
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(Progress.class);
  }

  @Test
  void hashCode_spreadsUnequalProgress() {
    Progress half = Progress.of(Rational.of(1, 2));
    assertHashesSpread(
        half,
        Progress.of(Rational.ONE),
        Progress.metOrNot(false),
        Progress.zoned(Rational.of(1, 2), Progress.Zone.COMMIT),
        Progress.composite(Rational.of(1, 2), Map.of("a", half)));
  }
}
