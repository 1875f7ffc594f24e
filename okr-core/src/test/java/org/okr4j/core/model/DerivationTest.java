package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.Period;

/** Derivations, their references and derived figures. */
class DerivationTest {
  private static final Period JUNE = Period.of(YearMonth.of(2020, 6));
  private static final FigureRef A = FigureRef.checkIn("a", JUNE);
  private static final FigureRef B = FigureRef.baseline("b");

  @Test
  void factories_giveTheirKindAndOperands() {
    assertThat(Derivation.share(A, B).kind()).isEqualTo(DerivationKind.SHARE);
    assertThat(Derivation.ratio(A, B).kind()).isEqualTo(DerivationKind.RATIO);
    assertThat(Derivation.difference(B, A).operands()).containsExactly(B, A);
    assertThat(Derivation.relativeChange(B, A).kind()).isEqualTo(DerivationKind.RELATIVE_CHANGE);
    assertThat(Derivation.percentagePointChange(B, A).kind())
        .isEqualTo(DerivationKind.PERCENTAGE_POINT_CHANGE);
    assertThat(Derivation.scalePointChange(B, A).kind())
        .isEqualTo(DerivationKind.SCALE_POINT_CHANGE);
    assertThat(Derivation.percentOfScale(B).kind()).isEqualTo(DerivationKind.PERCENT_OF_SCALE);
    assertThat(Derivation.sum(List.of(A, B)).kind()).isEqualTo(DerivationKind.SUM);
    assertThat(Derivation.mean(List.of(A)).kind()).isEqualTo(DerivationKind.MEAN);
    assertThat(Derivation.percentOfTarget(A, FigureRef.target("a")).kind())
        .isEqualTo(DerivationKind.PERCENT_OF_TARGET);
    assertThat(Derivation.restatement(FigureRef.derived("d")).kind())
        .isEqualTo(DerivationKind.RESTATEMENT);
    Derivation applied = Derivation.appliedChange(B, ChangeMeasure.RELATIVE, new BigDecimal("5"));
    assertThat(applied.measure()).contains(ChangeMeasure.RELATIVE);
    assertThat(applied.amount()).contains(new BigDecimal("5"));
    assertThat(Derivation.share(A, B).measure()).isEmpty();
    assertThat(Derivation.share(A, B).amount()).isEmpty();
    assertThat(Derivation.share(A, B).sense()).isEqualTo(ChangeSense.CHANGE);
  }

  @Test
  void wrongNumberOfOperands_refusedNamingTheKind() {
    assertThatThrownBy(() -> Derivation.of(DerivationKind.SHARE, List.of(A)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a SHARE derivation takes 2 operands, not 1");
    assertThatThrownBy(() -> Derivation.sum(List.of()))
        .hasMessage("a SUM derivation takes at least 1 operands, not 0");
    assertThatThrownBy(() -> Derivation.of(DerivationKind.APPLIED_CHANGE, List.of(A)))
        .hasMessageContaining("use appliedChange");
  }

  @Test
  void inSense_onlyForChanges_andThisWhenUnchanged() {
    Derivation change = Derivation.relativeChange(B, A);
    assertThat(change.inSense(ChangeSense.CHANGE)).isSameAs(change);
    Derivation improvement = change.inSense(ChangeSense.IMPROVEMENT);
    assertThat(improvement.sense()).isEqualTo(ChangeSense.IMPROVEMENT);
    assertThat(improvement)
        .hasToString("RELATIVE_CHANGE(baseline of b, check-in 2020-06 of a) as improvement");
    assertThatThrownBy(() -> Derivation.sum(List.of(A)).inSense(ChangeSense.IMPROVEMENT))
        .hasMessage("a SUM derivation has no sense of improvement");
    assertThat(Derivation.sum(List.of(A)).inSense(ChangeSense.CHANGE).kind())
        .isEqualTo(DerivationKind.SUM);
  }

  @Test
  void kinds_operandCountsAndChanges() {
    assertThat(DerivationKind.SUM.maxOperands()).isEqualTo(Integer.MAX_VALUE);
    assertThat(DerivationKind.RESTATEMENT.minOperands()).isEqualTo(1);
    assertThat(DerivationKind.DIFFERENCE.isChange()).isTrue();
    assertThat(DerivationKind.SCALE_POINT_CHANGE.isChange()).isTrue();
    assertThat(DerivationKind.PERCENTAGE_POINT_CHANGE.isChange()).isTrue();
    assertThat(DerivationKind.RELATIVE_CHANGE.isChange()).isTrue();
    assertThat(DerivationKind.RATIO.isChange()).isFalse();
    assertThat(DerivationKind.ofChange(ChangeMeasure.PERCENTAGE_POINTS))
        .isEqualTo(DerivationKind.PERCENTAGE_POINT_CHANGE);
    assertThat(DerivationKind.ofChange(ChangeMeasure.SCALE_POINTS))
        .isEqualTo(DerivationKind.SCALE_POINT_CHANGE);
    assertThat(DerivationKind.ofChange(ChangeMeasure.RELATIVE))
        .isEqualTo(DerivationKind.RELATIVE_CHANGE);
  }

  @Test
  void references_describeWhereTheyPoint() {
    assertThat(FigureRef.baseline("k").describe()).isEqualTo("baseline of k");
    assertThat(FigureRef.target("k")).hasToString("target of k");
    assertThat(A.describe()).isEqualTo("check-in 2020-06 of a");
    assertThat(A.period()).contains(JUNE);
    assertThat(FigureRef.fact("o", 2).describe()).isEqualTo("fact 2 of o");
    assertThat(FigureRef.fact("o", 2).index()).isEqualTo(2);
    assertThat(FigureRef.derived("d").describe()).isEqualTo("derived figure d");
    assertThat(FigureRef.derived("d").place()).isEqualTo(FigureRef.Place.DERIVED);
    assertThat(FigureRef.derived("d").id()).isEqualTo("d");
    assertThat(B.period()).isEmpty();
    assertThatThrownBy(() -> FigureRef.fact("o", -1)).hasMessage("fact index (-1) must be >= 0");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(FigureRef.baseline("k"), FigureRef.baseline("k"))
        .addEqualityGroup(FigureRef.target("k"))
        .addEqualityGroup(FigureRef.fact("k", 0))
        .addEqualityGroup(FigureRef.fact("k", 1))
        .addEqualityGroup(A, FigureRef.checkIn("a", JUNE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Derivation.share(A, B), Derivation.share(A, B))
        .addEqualityGroup(Derivation.share(B, A))
        .addEqualityGroup(Derivation.ratio(A, B))
        .addEqualityGroup(Derivation.difference(A, B).inSense(ChangeSense.IMPROVEMENT))
        .addEqualityGroup(
            Derivation.appliedChange(B, ChangeMeasure.RELATIVE, new BigDecimal("5")),
            Derivation.appliedChange(B, ChangeMeasure.RELATIVE, new BigDecimal("5.0")))
        .addEqualityGroup(Derivation.appliedChange(B, ChangeMeasure.RELATIVE, BigDecimal.ONE))
        .addEqualityGroup(
            Derivation.appliedChange(B, ChangeMeasure.PERCENTAGE_POINTS, BigDecimal.ONE))
        .testEquals();
    assertThat(Derivation.appliedChange(B, ChangeMeasure.RELATIVE, BigDecimal.ONE))
        .hasToString("APPLIED_CHANGE(baseline of b, RELATIVE 1)");
  }

  @Test
  void derivedFigure_checksItsIds() {
    StatedFigure s = StatedFigure.of("5%", Quantity.of(BigDecimal.valueOf(5), Unit.percent()));
    DerivedFigure d =
        DerivedFigure.builder()
            .id("d")
            .stated(s)
            .derivation(Derivation.share(A, B))
            .keyResultId("a")
            .period(JUNE)
            .build();
    assertThat(d.keyResultId()).contains("a");
    assertThat(d.period()).contains(JUNE);
    assertThatThrownBy(() -> DerivedFigure.of("not an id", s, Derivation.share(A, B)))
        .isInstanceOf(IllegalArgumentException.class);
    Objective.Builder twice =
        Objective.builder()
            .id("o")
            .title("o")
            .addDerivedFigures(DerivedFigure.of("d", s, Derivation.share(A, B)))
            .addDerivedFigures(DerivedFigure.of("d", s, Derivation.ratio(A, B)));
    assertThatThrownBy(twice::build)
        .hasMessage("objective o has two derived figures with id \"d\"");
  }

  @Test
  void nulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(String.class, "k")
            .setDefault(FigureRef.class, A)
            .setDefault(Period.class, JUNE)
            .setDefault(BigDecimal.class, BigDecimal.ONE);
    t.testAllPublicStaticMethods(FigureRef.class);
    t.testAllPublicStaticMethods(Derivation.class);
    t.testAllPublicInstanceMethods(Derivation.share(A, B));
  }

  @Test
  void hashCode_spreadsUnequalDerivationsAndReferences() {
    assertHashesSpread(
        FigureRef.baseline("k"),
        FigureRef.target("k"),
        FigureRef.fact("k", 0),
        FigureRef.fact("k", 1),
        FigureRef.checkIn("a", JUNE));
    assertHashesSpread(
        Derivation.share(A, B),
        Derivation.share(B, A),
        Derivation.ratio(A, B),
        Derivation.appliedChange(B, ChangeMeasure.RELATIVE, BigDecimal.ONE));
  }

  @Test
  void derivedFigure_keyResultIdIsCheckedLikeEveryId() {
    StatedFigure s = StatedFigure.of("5%", Quantity.of(BigDecimal.valueOf(5), Unit.percent()));
    assertThatThrownBy(
            () ->
                DerivedFigure.builder()
                    .id("d")
                    .stated(s)
                    .derivation(Derivation.share(A, B))
                    .keyResultId("not an id")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "derived figure key result id (\"not an id\") must be 1 to 100 letters, digits, '.',"
                + " '_' or '-', starting with a letter or digit");
  }
}
