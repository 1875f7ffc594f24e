package org.okr4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.text.DerivationClaim.Measure;
import org.okr4j.core.text.DerivationClaim.Reference;
import org.okr4j.core.text.DerivationClaim.Sense;

class ClaimMappingTest {
  private static final CellParser CELLS = CellParser.english();

  private static DerivedFigure derived(String cell, Unit unit) {
    return CELLS.parse(cell, unit).derived().get(0);
  }

  private static Quantity percent(String v) {
    return Quantity.of(new BigDecimal(v), Unit.percent());
  }

  @Test
  void unsignedPercent_inALowerIsBetterMetric_isAnImprovementAgainstTheBaseline() {
    ClaimMapping.Mapped m =
        ClaimMapping.toStatedChange(derived("61% (442)", Unit.count()), Direction.LOWER_IS_BETTER);
    assertThat(m.change())
        .contains(
            StatedChange.of(
                StatedFigure.of("61%", percent("61")),
                ChangeBasis.of(
                    ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.IMPROVEMENT)));
    assertThat(m.notes()).isEmpty();
    assertThat(
            ClaimMapping.toStatedChange(
                    derived("2% (1919)", Unit.count()), Direction.HIGHER_IS_BETTER)
                .change()
                .map(c -> c.claimedBasis()))
        .contains(ChangeBasis.RELATIVE_TO_BASELINE);
    assertThat(ClaimMapping.toStatedChange(derived("2% (1919)", Unit.count()), null).change())
        .map(StatedChange::claimedBasis)
        .contains(ChangeBasis.RELATIVE_TO_BASELINE);
  }

  @Test
  void words_giveTheSign_soTheSenseIsTheRawChange() {
    ClaimMapping.Mapped m =
        ClaimMapping.toStatedChange(
            derived("11% decrease (10.3 days)", Unit.days()), Direction.LOWER_IS_BETTER);
    StatedChange c = m.change().orElseThrow();
    assertThat(c.figure()).isEqualTo(StatedFigure.of("11% decrease", percent("-11")));
    assertThat(c.claimedBasis()).isEqualTo(ChangeBasis.RELATIVE_TO_BASELINE);
  }

  @Test
  void pointsAndPreviousPeriod_mapOntoTheModel() {
    StatedChange pp =
        ClaimMapping.toStatedChange(derived("+2 pp from last quarter", Unit.percent()), null)
            .change()
            .orElseThrow();
    assertThat(pp.claimedBasis())
        .isEqualTo(
            ChangeBasis.of(
                ChangeMeasure.PERCENTAGE_POINTS,
                ChangeReference.PREVIOUS_PERIOD,
                ChangeSense.CHANGE));
    assertThat(pp.figure().value()).isEqualTo(Quantity.of(new BigDecimal("2"), Unit.percent()));
    StatedChange points =
        ClaimMapping.toStatedChange(derived("-8 points from baseline", Unit.scoreOutOf(5)), null)
            .change()
            .orElseThrow();
    assertThat(points.claimedBasis().measure()).isEqualTo(ChangeMeasure.SCALE_POINTS);
  }

  @Test
  void whatTheModelCannotExpress_becomesAReviewNote() {
    ClaimMapping.Mapped plan =
        ClaimMapping.toStatedChange(derived("22% under plan", Unit.count()), null);
    assertThat(plan.change()).isEmpty();
    assertThat(plan.notes())
        .containsExactly(
            "22% under plan: a relative, under, against the plan; the model has no such reference");
    ClaimMapping.Mapped diff =
        ClaimMapping.toStatedChange(derived("$5 under plan", Unit.of("USD")), null);
    assertThat(diff.notes()).hasSize(1).allMatch(n -> n.contains("states no such change"));
    assertThat(
            ClaimMapping.toStatedChange(derived("5% compared with May", Unit.count()), null)
                .notes())
        .hasSize(1);
    assertThat(
            ClaimMapping.toStatedChange(derived("5% year over year", Unit.count()), null).notes())
        .hasSize(1);
    assertThat(ClaimMapping.toStatedChange(derived("90% of target", Unit.count()), null).notes())
        .hasSize(1);
    DerivedFigure bound =
        new DerivedFigure(
            "<5% increase",
            new ParsedFigure("<5%", percent("5"), Optional.empty(), Comparison.LESS_THAN, false),
            DerivationClaim.of(Reference.UNSTATED, Measure.RELATIVE, Sense.INCREASE));
    assertThat(ClaimMapping.toStatedChange(bound, null).notes())
        .containsExactly("<5% increase: a range or a bound is not a stated change");
    DerivedFigure about =
        new DerivedFigure(
            "~5% increase",
            new ParsedFigure("~5%", percent("5"), Optional.empty(), Comparison.EQUAL, true),
            DerivationClaim.of(Reference.UNSTATED, Measure.RELATIVE, Sense.INCREASE));
    assertThat(ClaimMapping.toStatedChange(about, null).change()).isPresent();
  }

  @Test
  void claims_describeThemselves_andCheckTheirName() {
    assertThat(DerivationClaim.of(Reference.UNSTATED, Measure.RELATIVE, Sense.DECREASE).describe())
        .isEqualTo("relative, decrease, against an unstated reference");
    assertThat(
            new DerivationClaim(
                    Reference.NAMED_PERIOD, Optional.of("May"), Measure.RELATIVE, Sense.AS_SIGNED)
                .describe())
        .isEqualTo("relative, as signed, against May");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new DerivationClaim(
                    Reference.PLAN, Optional.of("May"), Measure.RELATIVE, Sense.UNDER))
        .hasMessage("a reference name (May) is given exactly for a named period, not for PLAN");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DerivationClaim.of(Reference.NAMED_PERIOD, Measure.RELATIVE, Sense.UNDER))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
