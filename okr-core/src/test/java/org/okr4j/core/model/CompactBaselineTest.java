package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.model.Fixtures.score;

import com.google.common.testing.EqualsTester;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.Period;

/**
 * The small form of a baseline ({@link CompactBaseline}) against the generated one of the same
 * attributes: equal, same hash code and text, and used exactly when only the value is set.
 */
class CompactBaselineTest {
  private static final Share PAGES = Fixtures.pages();
  private static final AsOf JUNE = AsOf.period(Period.of(YearMonth.of(2019, 6)));

  @Test
  void ofAndTheBuilder_keepAValueAlone_compact() {
    assertThat(Baseline.of(days("19"))).isInstanceOf(CompactBaseline.class);
    assertThat(Baseline.builder().value(days("19")).build()).isInstanceOf(CompactBaseline.class);
    assertThat(Baseline.builder().value(days("19")).buildGenerated())
        .isNotInstanceOf(CompactBaseline.class);
    assertThat(Baseline.of(days("19"), JUNE)).isNotInstanceOf(CompactBaseline.class);
  }

  @Test
  void anyOtherAttribute_keepsTheGeneratedForm() {
    List<UnaryOperator<Baseline.Builder>> extras =
        List.of(
            b -> b.asOf(JUNE),
            b -> b.value(percent("24.9")).share(PAGES),
            b -> b.value(score("3.8")).addAlsoStatedAs(StatedFigure.of("76%", percent("76"))),
            b -> b.printed("19 days"));
    for (UnaryOperator<Baseline.Builder> extra : extras) {
      Baseline built = extra.apply(Baseline.builder().value(days("19"))).build();
      assertThat(built).isNotInstanceOf(CompactBaseline.class);
      assertThat(Baseline.isCompactable(built)).isFalse();
    }
    assertThat(Baseline.isCompactable(Baseline.builder().value(days("19")).buildGenerated()))
        .isTrue();
  }

  @Test
  void compactAndGenerated_areEqual_withTheSameHashCodeAndText() {
    Baseline compact = Baseline.of(days("19"));
    Baseline generated = Baseline.builder().value(days("19")).buildGenerated();
    assertThat(compact).isEqualTo(generated);
    assertThat(generated).isEqualTo(compact);
    assertThat(compact.hashCode()).isEqualTo(generated.hashCode());
    assertThat(compact.toString()).isEqualTo(generated.toString());
    assertThat(compact.alsoStatedAs()).isEqualTo(generated.alsoStatedAs()).isEmpty();
    assertThat(compact.asOf()).isEmpty();
    assertThat(compact.share()).isEmpty();
    assertThat(compact.printed()).isEmpty();
  }

  @Test
  void hashCodeAndText_areThoseOfTheGeneratedClass() {
    // The generated class's hash: h = 5381, then h += (h << 5) + each attribute's hash in order
    // (absent is 0, the empty list 1).
    assertThat(Baseline.of(days("19")).hashCode())
        .isEqualTo(Fixtures.generatedHash(days("19").hashCode(), 0, 0, 1, 0));
    Baseline full =
        Baseline.builder()
            .value(percent("24.9"))
            .asOf(JUNE)
            .share(PAGES)
            .printed("24.9% (238.9M/959.4M)")
            .build();
    assertThat(full.hashCode())
        .isEqualTo(
            Fixtures.generatedHash(
                percent("24.9").hashCode(),
                JUNE.hashCode(),
                PAGES.hashCode(),
                1,
                "24.9% (238.9M/959.4M)".hashCode()));
    assertThat(Baseline.of(days("19"))).hasToString("Baseline{value=19 days, alsoStatedAs=[]}");
    assertThat(Baseline.builder().value(days("19")).printed("19 days").build())
        .hasToString("Baseline{value=19 days, alsoStatedAs=[], printed=19 days}");
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(
            Baseline.of(days("19")), Baseline.builder().value(days("19")).buildGenerated())
        .addEqualityGroup(Baseline.of(days("19.0")))
        .addEqualityGroup(Baseline.of(days("19"), JUNE), Baseline.of(days("19"), JUNE))
        .addEqualityGroup(Baseline.builder().value(percent("24.9")).share(PAGES).build())
        .addEqualityGroup(Baseline.of(percent("24.9")))
        .addEqualityGroup(
            Baseline.builder()
                .value(score("3.8"))
                .addAlsoStatedAs(StatedFigure.of("76%", percent("76")))
                .build())
        .addEqualityGroup(Baseline.of(score("3.8")))
        .addEqualityGroup(Baseline.builder().value(days("19")).printed("19 days").build())
        .testEquals();
  }
}
