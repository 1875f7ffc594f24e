package org.okr4j.core.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.WikimediaDeck.Q2;
import static org.okr4j.core.testing.WikimediaDeck.q;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.quantity.UnitMismatchException;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class RollupTest {
  // Clamped progress at Q3: 39/94, 1 (11 of 8), 0 (moved away), undefined (target not set).
  private static final KeyResult TOOL_MAINTAINERS = WikimediaDeck.toolMaintainers();
  private static final KeyResult AI_TOOLS = WikimediaDeck.aiTools();
  private static final KeyResult SATISFACTION = WikimediaDeck.developerSatisfaction();
  private static final KeyResult CODE_REVIEWS = WikimediaDeck.outstandingCodeReviews();

  private static Objective objective(String id, KeyResult... keyResults) {
    return Objective.builder().id(id).title(id).addKeyResults(keyResults).build();
  }

  private static KeyResult weighted(KeyResult k, String weight) {
    return KeyResult.builder().from(k).weight(new BigDecimal(weight)).build();
  }

  @Test
  void progress_equalWeights_meanOfClampedUndefinedExcludedAndReported() {
    Objective o =
        objective("platform-evolution", TOOL_MAINTAINERS, AI_TOOLS, SATISFACTION, CODE_REVIEWS);
    Outcome<ObjectiveProgress> p = Rollup.progress(o);
    assertThat(p.value().progress()).isEqualTo(Rational.of(133, 282));
    List<Contribution> c = p.value().contributions();
    assertThat(c)
        .extracting(Contribution::id)
        .containsExactly(
            "tool-maintainers", "ai-tools", "developer-satisfaction", "outstanding-code-reviews");
    assertThat(c).extracting(Contribution::isIncluded).containsExactly(true, true, true, false);
    assertThat(c.get(1).progress().value()).isEqualTo(Rational.ONE);
    assertThat(c.get(2).progress().value()).isEqualTo(Rational.ZERO);
    assertThat(c.get(3).progress().undefinedReason()).contains(UndefinedReason.TARGET_NOT_SET);
    assertThat(c).extracting(Contribution::kind).containsOnly(Contribution.Kind.KEY_RESULT);
    assertThat(p.explanation().subject()).isEqualTo("progress of platform-evolution");
    assertThat(p.explanation().formula()).isEqualTo("Σ weight × clamped progress / Σ weight");
    assertThat(p.explanation().brief())
        .isEqualTo("(1 × 41.49% + 1 × 100.00% + 1 × 0.00%) / 3 = 47.16%");
  }

  @Test
  void progress_weights() {
    Objective o = objective("o", weighted(TOOL_MAINTAINERS, "2"), AI_TOOLS);
    Outcome<ObjectiveProgress> p = Rollup.progress(o);
    // (2 × 39/94 + 1 × 1) / 3 = 86/141.
    assertThat(p.value().progress()).isEqualTo(Rational.of(86, 141));
    assertThat(p.explanation().brief()).isEqualTo("(2 × 41.49% + 1 × 100.00%) / 3 = 60.99%");
  }

  @Test
  void progress_fractionalWeights_totalShownExactly() {
    Objective o = objective("o", weighted(TOOL_MAINTAINERS, "0.5"), weighted(AI_TOOLS, "0.25"));
    Outcome<ObjectiveProgress> p = Rollup.progress(o);
    assertThat(p.value().progress())
        .isEqualTo(Rational.of(39, 94).multipliedBy(Rational.of(2, 3)).plus(Rational.of(1, 3)));
    assertThat(p.explanation().substituted()).endsWith(") / 0.75");
  }

  @Test
  void progress_zeroWeight_excludedButReported() {
    Objective o = objective("o", TOOL_MAINTAINERS, weighted(AI_TOOLS, "0"));
    Outcome<ObjectiveProgress> p = Rollup.progress(o);
    assertThat(p.value().progress()).isEqualTo(Rational.of(39, 94));
    Contribution excluded = p.value().contributions().get(1);
    assertThat(excluded.isIncluded()).isFalse();
    assertThat(excluded.progress().value()).isEqualTo(Rational.ONE);
    assertThat(p.explanation().brief()).isEqualTo("(1 × 41.49%) / 1 = 41.49%");
  }

  @Test
  void progress_overAchievementClamped_doesNotHideAnotherKeyResult() {
    Outcome<ObjectiveProgress> p = Rollup.progress(objective("o", AI_TOOLS, SATISFACTION));
    assertThat(p.value().progress()).isEqualTo(Rational.of(1, 2));
  }

  @Test
  void progress_nestedObjectives_childRolledUpWithItsWeight() {
    Objective contentIntegrity =
        Objective.builder()
            .id("content-integrity")
            .title("Content Integrity")
            .addKeyResults(AI_TOOLS, SATISFACTION)
            .weight(new BigDecimal("2"))
            .build();
    Objective technology =
        Objective.builder()
            .id("technology")
            .title("Technology")
            .addKeyResults(TOOL_MAINTAINERS)
            .addChildren(contentIntegrity)
            .build();
    Outcome<ObjectiveProgress> p = Rollup.progress(technology);
    // (1 × 39/94 + 2 × 1/2) / 3 = 133/282.
    assertThat(p.value().progress()).isEqualTo(Rational.of(133, 282));
    Contribution child = p.value().contributions().get(1);
    assertThat(child.kind()).isEqualTo(Contribution.Kind.OBJECTIVE);
    assertThat(child.id()).isEqualTo("content-integrity");
    assertThat(child.weight()).isEqualTo(new BigDecimal("2"));
    assertThat(child.progress().value()).isEqualTo(Rational.of(1, 2));
    assertThat(child.progress().explanation().brief())
        .isEqualTo("(1 × 100.00% + 1 × 0.00%) / 2 = 50.00%");
  }

  @Test
  void progress_nestedObjectiveWithNothingToCombine_excluded() {
    Objective empty = objective("ml-infrastructure", CODE_REVIEWS);
    Objective parent =
        Objective.builder()
            .id("technology")
            .title("Technology")
            .addKeyResults(TOOL_MAINTAINERS)
            .addChildren(empty)
            .build();
    Outcome<ObjectiveProgress> p = Rollup.progress(parent);
    assertThat(p.value().progress()).isEqualTo(Rational.of(39, 94));
    assertThat(p.value().contributions().get(1).progress().undefinedReason())
        .contains(UndefinedReason.NOTHING_TO_COMBINE);
  }

  @Test
  void progress_nothingDefined_undefinedNothingToCombine() {
    Outcome<ObjectiveProgress> p = Rollup.progress(objective("o", CODE_REVIEWS));
    assertThat(p.undefinedReason()).contains(UndefinedReason.NOTHING_TO_COMBINE);
    assertThat(p.explanation().brief())
        .isEqualTo(
            "no key result or child objective with a defined progress and a positive weight ="
                + " undefined (nothing to combine)");
    assertThat(Rollup.progress(objective("empty")).undefinedReason())
        .contains(UndefinedReason.NOTHING_TO_COMBINE);
  }

  @Test
  void progress_chosenCheckIns_asOfQ2() {
    Objective o = objective("o", TOOL_MAINTAINERS, AI_TOOLS);
    Outcome<ObjectiveProgress> p = Rollup.progress(o, k -> k.latestCheckInUpTo(Q2));
    assertThat(p.value().progress()).isEqualTo(Rational.of(3, 4));
    Contribution none = p.value().contributions().get(0);
    assertThat(none.progress().undefinedReason()).contains(UndefinedReason.NO_CHECK_IN);
    assertThat(none.progress().explanation().brief())
        .isEqualTo("no check-in chosen for key result tool-maintainers = undefined (no check-in)");
  }

  @Test
  void progress_chooserReturningNull_refused() {
    assertThatThrownBy(() -> Rollup.progress(objective("o", AI_TOOLS), k -> nullChoice()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("chosen check-in must not be null");
  }

  // sum

  @Test
  void sum_exactFigures_exact() {
    Quantity sum =
        Rollup.sum(List.of(Quantity.exact(19, Unit.days()), Quantity.exact(21, Unit.days())));
    assertThat(sum).isEqualTo(Quantity.exact(40, Unit.days()));
    assertThat(sum.isExact()).isTrue();
  }

  @Test
  void sum_roundedFigures_precisionIsSumOfSteps() {
    Unit pages = Unit.count("pages");
    Quantity sum =
        Rollup.sum(List.of(Quantity.parse("238.9M", pages), Quantity.parse("31.2M", pages)));
    assertThat(sum.value()).isEqualByComparingTo("270100000");
    assertThat(sum.precision()).isEqualTo(Precision.toNearest(new BigDecimal("200000")));
    assertThat(sum.unit()).isEqualTo(pages);
  }

  @Test
  void sum_exactAndRounded_stepsOfTheRoundedOnly() {
    Quantity sum =
        Rollup.sum(
            List.of(
                Quantity.exact(1134, WikimediaDeck.CODE_REVIEWS),
                q("601", WikimediaDeck.CODE_REVIEWS),
                q("4.5", WikimediaDeck.CODE_REVIEWS)));
    assertThat(sum.value()).isEqualByComparingTo("1739.5");
    assertThat(sum.precision().step())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1.1"));
  }

  @Test
  void sum_single_isItself() {
    Quantity days = q("17", Unit.days());
    assertThat(Rollup.sum(List.of(days))).isEqualTo(days);
  }

  @Test
  void sum_mismatchedUnits_refused() {
    assertThatThrownBy(() -> Rollup.sum(List.of(q("19", Unit.days()), q("11.9", Unit.percent()))))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
  }

  @Test
  void sum_empty_refused() {
    assertThatThrownBy(() -> Rollup.sum(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sum needs at least one figure");
  }

  @Test
  void sum_nullFigure_refusedWithIndex() {
    assertThatThrownBy(() -> Rollup.sum(Arrays.asList(q("19", Unit.days()), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("figures[1] must not be null");
  }

  @Test
  void sum_beyondDecimalLimits_refused() {
    Quantity big = Quantity.exact(new BigDecimal("900000000000000000"), Unit.count());
    assertThatThrownBy(() -> Rollup.sum(List.of(big, big)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(Rollup.class);
  }

  /** Breaks the contract on purpose, to test the guard. */
  @SuppressWarnings("NullAway")
  private static Optional<org.okr4j.core.model.CheckIn> nullChoice() {
    return null;
  }
}
