package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.Q3;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.maintainers;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.model.Fixtures.score;
import static org.okr4j.core.testing.ValueClassAssertions.assertClosedBuilder;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;
import static org.okr4j.core.testing.ValueClassAssertions.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.Period;

class BaselineTest {
  private static final Share PAGES =
      Share.of(
          Quantity.parse("238.9M", Unit.count("pages")),
          Quantity.parse("959.4M", Unit.count("pages")));

  @Test
  void of_value() {
    Baseline b = Baseline.of(days("19"));
    assertThat(b.value()).isEqualTo(days("19"));
    assertThat(b.asOf()).isEmpty();
    assertThat(b.share()).isEmpty();
    assertThat(b.alsoStatedAs()).isEmpty();
    assertThat(b.printed()).isEmpty();
  }

  @Test
  void of_valueAsOf_nineteenDaysInJune2019() {
    AsOf june = AsOf.period(Period.of(YearMonth.of(2019, 6)));
    Baseline b = Baseline.of(days("19"), june);
    assertThat(b.asOf()).contains(june);
  }

  @Test
  void share_inPercent() {
    Baseline b =
        Baseline.builder()
            .value(percent("24.9"))
            .share(PAGES)
            .printed("24.9% (238.9M/959.4M)")
            .build();
    assertThat(b.share()).contains(PAGES);
    assertThat(b.printed()).contains("24.9% (238.9M/959.4M)");
    assertThat(
            Baseline.builder()
                .value(Quantity.of(Fixtures.d("0.249"), Unit.ratio()))
                .share(PAGES)
                .build()
                .share())
        .contains(PAGES);
  }

  @Test
  void share_withAValueNotInPercentOrRatio_isRefused() {
    assertThatThrownBy(() -> Baseline.builder().value(maintainers(1880)).share(PAGES).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseline (1880 tool maintainers (exact)) with a share must be in percent or ratio, not"
                + " count of tool maintainers");
  }

  @Test
  void alsoStatedAs_aPercentBesideAScore() {
    StatedFigure percentOfScale = StatedFigure.of("76%", percent("76"));
    Baseline b = Baseline.builder().value(score("3.8")).addAlsoStatedAs(percentOfScale).build();
    assertThat(b.alsoStatedAs()).containsExactly(percentOfScale);
    assertUnmodifiable(b.alsoStatedAs(), percentOfScale);
  }

  @Test
  void alsoStatedAs_onlyForScoresAndOnlyInPercent() {
    StatedFigure percentOfScale = StatedFigure.of("76%", percent("76"));
    assertThatThrownBy(
            () -> Baseline.builder().value(days("19")).addAlsoStatedAs(percentOfScale).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseline (19 days) may be also stated as a percentage (76%) only when it is a score");
    StatedFigure inDays = StatedFigure.of("19 days", days("19"));
    assertThatThrownBy(() -> Baseline.builder().value(score("3.8")).addAlsoStatedAs(inDays).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseline (3.8/5) may be also stated as a percentage (19 days) only when it is a score");
  }

  @Test
  void builder_withoutValue_isRefused() {
    assertThatThrownBy(() -> Baseline.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("value");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Baseline.of(days("19")), Baseline.builder().value(days("19")).build())
        .addEqualityGroup(Baseline.of(days("19.0")))
        .addEqualityGroup(Baseline.of(days("19"), AsOf.period(Q3)))
        .addEqualityGroup(Baseline.builder().value(days("19")).printed("19 days").build())
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(Baseline.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Baseline.builder());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Baseline.class);
    assertClosedBuilder(Baseline.Builder.class);
    assertImmutableInstance(Baseline.of(days("19"), AsOf.period(Q3)));
  }
}
