package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import com.google.common.testing.EqualsTester;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

/** Audit policies and tolerances as values. */
class AuditPolicyTest {
  @Test
  void searchAndStrict() {
    AuditPolicy search = AuditPolicy.search();
    assertThat(search.roundingModes()).isEqualTo(FigureAudit.ROUNDING_ORDER).hasSize(7);
    assertThat(search.searchesOtherReferences()).isTrue();
    assertThat(search.searchesOtherMeasures()).isTrue();
    assertThat(search.searchesOtherSenses()).isTrue();
    assertThat(search.searchesWithinPrecision()).isTrue();
    AuditPolicy strict = AuditPolicy.strict();
    assertThat(strict.roundingModes()).containsExactly(RoundingMode.HALF_UP);
    assertThat(strict.searchesOtherReferences()).isFalse();
    assertThat(strict.searchesOtherMeasures()).isFalse();
    assertThat(strict.searchesOtherSenses()).isFalse();
    assertThat(strict.searchesWithinPrecision()).isFalse();
    assertThat(strict)
        .hasToString(
            "AuditPolicy[modes=[HALF_UP], references=false, measures=false, senses=false,"
                + " withinPrecision=false]");
  }

  @Test
  void withers_changeOneThing() {
    AuditPolicy s = AuditPolicy.strict();
    assertThat(s.withOtherReferences(true).searchesOtherReferences()).isTrue();
    assertThat(s.withOtherMeasures(true).searchesOtherMeasures()).isTrue();
    assertThat(s.withOtherSenses(true).searchesOtherSenses()).isTrue();
    assertThat(s.withinPrecision(true).searchesWithinPrecision()).isTrue();
    assertThat(s.withRoundingModes(List.of(RoundingMode.DOWN)).roundingModes())
        .containsExactly(RoundingMode.DOWN);
    assertThatThrownBy(() -> s.withRoundingModes(List.of()))
        .hasMessage("an audit policy needs at least one rounding mode");
    assertThatThrownBy(() -> s.withRoundingModes(List.of(RoundingMode.UNNECESSARY)))
        .isInstanceOf(IllegalArgumentException.class);
    new EqualsTester()
        .addEqualityGroup(AuditPolicy.strict(), s.withOtherReferences(false))
        .addEqualityGroup(AuditPolicy.search())
        .addEqualityGroup(s.withOtherReferences(true))
        .addEqualityGroup(s.withOtherMeasures(true))
        .addEqualityGroup(s.withOtherSenses(true))
        .addEqualityGroup(s.withinPrecision(true))
        .addEqualityGroup(s.withRoundingModes(List.of(RoundingMode.DOWN)))
        .testEquals();
  }

  @Test
  void tolerance_values() {
    Interval ten = Interval.between(Rational.of(10), Rational.of(11));
    Interval wide = Interval.between(Rational.of(5), Rational.of(24));
    Tolerance t = Tolerance.of(Optional.of(ten), Optional.of(wide));
    assertThat(t.asPrinted()).contains(ten);
    assertThat(t.withinPrecision()).contains(wide);
    assertThat(t.widthWithinPrecision()).contains(Rational.of(19));
    assertThat(t).hasToString("Tolerance[asPrinted=[10, 11], withinPrecision=[5, 24]]");
    assertThat(Tolerance.of(Optional.empty(), Optional.empty())).isSameAs(Tolerance.undefined());
    assertThat(Tolerance.undefined().widthWithinPrecision()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(t, Tolerance.of(Optional.of(ten), Optional.of(wide)))
        .addEqualityGroup(Tolerance.of(Optional.of(ten), Optional.empty()))
        .addEqualityGroup(Tolerance.undefined())
        .testEquals();
  }

  @Test
  void nulls() {
    new com.google.common.testing.NullPointerTester()
        .testAllPublicInstanceMethods(AuditPolicy.strict());
    new com.google.common.testing.NullPointerTester().testAllPublicStaticMethods(Tolerance.class);
  }

  @Test
  void hashCode_spreadsUnequalPoliciesAndTolerances() {
    AuditPolicy strict = AuditPolicy.strict();
    assertHashesSpread(
        strict,
        AuditPolicy.search(),
        strict.withOtherReferences(true),
        strict.withRoundingModes(List.of(RoundingMode.DOWN)));
    Interval ten = Interval.between(Rational.of(10), Rational.of(11));
    Interval wide = Interval.between(Rational.of(5), Rational.of(24));
    assertHashesSpread(
        Tolerance.of(Optional.of(ten), Optional.of(wide)),
        Tolerance.of(Optional.of(ten), Optional.empty()),
        Tolerance.of(Optional.empty(), Optional.of(wide)),
        Tolerance.undefined());
  }
}
