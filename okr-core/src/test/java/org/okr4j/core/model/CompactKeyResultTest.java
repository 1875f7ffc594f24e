package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.model.Fixtures.FY;
import static org.okr4j.core.model.Fixtures.Q2;
import static org.okr4j.core.model.Fixtures.Q3;
import static org.okr4j.core.model.Fixtures.d;
import static org.okr4j.core.model.Fixtures.days;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Unit;

/**
 * The small form of a key result ({@link CompactKeyResult}) against the generated one of the same
 * attributes: equal, same hash code and text, and used exactly when no headline, goal period,
 * stated status, note or cadence is set and the weight is the default.
 */
class CompactKeyResultTest {
  private static final Metric REVIEW_TIME =
      Metric.of("code review time", Unit.days(), Direction.LOWER_IS_BETTER);

  private static KeyResult.Builder reviewTime() {
    return KeyResult.builder()
        .id("kr-review-time")
        .statement("Cut code review time to 18 days")
        .metric(REVIEW_TIME)
        .baseline(Baseline.of(days("19")))
        .target(Target.reach(days("18")))
        .addCheckIns(CheckIn.of(Q3, days("17")), CheckIn.of(Q2, days("18.5")));
  }

  @Test
  void theCommonCase_isCompact_withItsAttributesAndSortedCheckIns() {
    KeyResult kr = reviewTime().build();
    assertThat(kr).isInstanceOf(CompactKeyResult.class);
    assertThat(kr.id()).isEqualTo("kr-review-time");
    assertThat(kr.statement()).isEqualTo("Cut code review time to 18 days");
    assertThat(kr.metric()).contains(REVIEW_TIME);
    assertThat(kr.baseline()).contains(Baseline.of(days("19")));
    assertThat(kr.target()).isEqualTo(Target.reach(days("18")));
    assertThat(kr.checkIns())
        .containsExactly(CheckIn.of(Q2, days("18.5")), CheckIn.of(Q3, days("17")));
    assertThat(kr.headline()).isEmpty();
    assertThat(kr.goalPeriod()).isEmpty();
    assertThat(kr.weight()).isEqualTo(BigDecimal.ONE);
    assertThat(kr.statedStatus()).isEmpty();
    assertThat(kr.note()).isEmpty();
    assertThat(kr.cadence()).isEmpty();
    KeyResult binary =
        KeyResult.builder().id("kr-ship").statement("Ship it").target(Target.done()).build();
    assertThat(binary).isInstanceOf(CompactKeyResult.class);
    assertThat(binary.metric()).isEmpty();
    assertThat(binary.baseline()).isEmpty();
  }

  @Test
  void anyOtherAttribute_keepsTheGeneratedForm() {
    List<UnaryOperator<KeyResult.Builder>> extras =
        List.of(
            b -> b.headline(Target.reach(days("15"))),
            b -> b.goalPeriod(FY),
            b -> b.weight(d("2")),
            b -> b.weight(d("1.0")),
            b -> b.statedStatus(StatedStatus.of(StatusColor.GREEN)),
            b -> b.note("n"),
            b -> b.cadence(Cadence.quarterly()));
    for (UnaryOperator<KeyResult.Builder> extra : extras) {
      KeyResult built = extra.apply(reviewTime()).build();
      assertThat(built).isNotInstanceOf(CompactKeyResult.class);
      assertThat(KeyResult.isCompactable(built)).isFalse();
      assertThat(built).isEqualTo(extra.apply(reviewTime()).buildGenerated());
    }
    assertThat(KeyResult.isCompactable(reviewTime().buildGenerated())).isTrue();
    assertThat(reviewTime().weight(BigDecimal.ONE).build()).isInstanceOf(CompactKeyResult.class);
  }

  @Test
  void defaultWeight_isOneAtScaleZero() {
    assertThat(KeyResult.isDefaultWeight(BigDecimal.ONE)).isTrue();
    assertThat(KeyResult.isDefaultWeight(new BigDecimal("1.0"))).isFalse();
    assertThat(KeyResult.isDefaultWeight(BigDecimal.ZERO)).isFalse();
    assertThat(KeyResult.isDefaultWeight(BigDecimal.TEN)).isFalse();
  }

  @Test
  void compactAndGenerated_areEqual_withTheSameHashCodeAndText() {
    KeyResult compact = reviewTime().build();
    KeyResult generated = reviewTime().buildGenerated();
    assertThat(generated).isNotInstanceOf(CompactKeyResult.class);
    assertThat(compact).isEqualTo(generated);
    assertThat(generated).isEqualTo(compact);
    assertThat(compact.hashCode()).isEqualTo(generated.hashCode());
    assertThat(compact.toString()).isEqualTo(generated.toString());
  }

  @Test
  void hashCodeAndText_areThoseOfTheGeneratedClass() {
    KeyResult kr = reviewTime().build();
    // The generated class's hash: h = 5381, then h += (h << 5) + each attribute's hash in order
    // (absent is 0).
    assertThat(kr.hashCode())
        .isEqualTo(
            Fixtures.generatedHash(
                "kr-review-time".hashCode(),
                "Cut code review time to 18 days".hashCode(),
                REVIEW_TIME.hashCode(),
                Baseline.of(days("19")).hashCode(),
                Target.reach(days("18")).hashCode(),
                0,
                0,
                kr.checkIns().hashCode(),
                BigDecimal.ONE.hashCode(),
                0,
                0,
                0));
    KeyResult full =
        reviewTime()
            .headline(Target.reach(days("15")))
            .goalPeriod(FY)
            .weight(d("2"))
            .statedStatus(StatedStatus.of(StatusColor.GREEN))
            .note("n")
            .cadence(Cadence.quarterly())
            .build();
    assertThat(full.hashCode())
        .isEqualTo(
            Fixtures.generatedHash(
                "kr-review-time".hashCode(),
                "Cut code review time to 18 days".hashCode(),
                REVIEW_TIME.hashCode(),
                Baseline.of(days("19")).hashCode(),
                Target.reach(days("18")).hashCode(),
                Target.reach(days("15")).hashCode(),
                FY.hashCode(),
                kr.checkIns().hashCode(),
                d("2").hashCode(),
                StatedStatus.of(StatusColor.GREEN).hashCode(),
                "n".hashCode(),
                Cadence.quarterly().hashCode()));
    KeyResult binary =
        KeyResult.builder().id("kr-ship").statement("Ship it").target(Target.done()).build();
    assertThat(binary)
        .hasToString(
            "KeyResult{id=kr-ship, statement=Ship it, target="
                + Target.done()
                + ", checkIns=[], weight=1}");
    assertThat(KeyResult.builder().from(binary).note("n").build())
        .hasToString(
            "KeyResult{id=kr-ship, statement=Ship it, target="
                + Target.done()
                + ", checkIns=[], weight=1, note=n}");
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(reviewTime().build(), reviewTime().buildGenerated())
        .addEqualityGroup(reviewTime().id("kr-other").build())
        .addEqualityGroup(reviewTime().statement("Other").build())
        .addEqualityGroup(
            reviewTime()
                .metric(Metric.of("review time", Unit.days(), Direction.LOWER_IS_BETTER))
                .build())
        .addEqualityGroup(reviewTime().baseline(Baseline.of(days("20"))).build())
        .addEqualityGroup(reviewTime().target(Target.reach(days("17"))).build())
        .addEqualityGroup(reviewTime().headline(Target.reach(days("15"))).build())
        .addEqualityGroup(reviewTime().goalPeriod(FY).build())
        .addEqualityGroup(reviewTime().addCheckIns(CheckIn.of(Fixtures.Q4, days("16"))).build())
        .addEqualityGroup(reviewTime().weight(d("2")).build())
        .addEqualityGroup(reviewTime().statedStatus(StatedStatus.of(StatusColor.GREEN)).build())
        .addEqualityGroup(reviewTime().note("n").build())
        .addEqualityGroup(reviewTime().cadence(Cadence.quarterly()).build())
        .testEquals();
  }
}
