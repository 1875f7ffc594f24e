package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;

class OutcomeTest {
  private static final Explanation PROGRESS =
      Explanation.of(
          "progress",
          "(current − baseline) / (target − baseline)",
          "(1919 − 1880) / (1974 − 1880)",
          "41.49%");

  private static final Explanation FROM_ZERO =
      Explanation.of(
          "relative change",
          "undefined",
          "(new − old) / old with old = 0",
          "undefined (change from zero)");

  private static Outcome<Rational> toolMaintainers() {
    return Outcome.defined(Rational.of(39, 94), () -> PROGRESS);
  }

  private static Outcome<Rational> codeQuality() {
    return Outcome.undefined(UndefinedReason.CHANGE_FROM_ZERO, FROM_ZERO);
  }

  @Test
  void defined_hasValueAndNoReason() {
    Outcome<Rational> o = toolMaintainers();
    assertThat(o.isDefined()).isTrue();
    assertThat(o).isInstanceOf(Outcome.Defined.class);
    assertThat(o.value()).isEqualTo(Rational.of(39, 94));
    assertThat(o.toOptional()).contains(Rational.of(39, 94));
    assertThat(o.undefinedReason()).isEmpty();
    assertThat(o.explanation()).isEqualTo(PROGRESS);
  }

  @Test
  void defined_explanationBuiltLazilyAndOnce() {
    AtomicInteger built = new AtomicInteger();
    Supplier<Explanation> counting =
        () -> {
          built.incrementAndGet();
          return Explanation.of("progress", "f", "s", "r");
        };
    Outcome<Rational> o = Outcome.defined(Rational.ONE, counting);
    assertThat(built).hasValue(0);
    Explanation first = o.explanation();
    assertThat(o.explanation()).isSameAs(first);
    assertThat(built).hasValue(1);
  }

  @Test
  void defined_explanationSupplierReturningNull_refused() {
    Outcome<Rational> o = Outcome.defined(Rational.ONE, () -> nullExplanation());
    assertThatThrownBy(o::explanation)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("explanation must not be null");
  }

  @Test
  void defined_foldAppliesIfDefined() {
    String text =
        toolMaintainers()
            .fold(
                p -> Figures.fractionAsPercent(p, Rounding.DISPLAY),
                u -> "n/a (" + u.reason().description() + ")");
    assertThat(text).isEqualTo("41.49%");
  }

  @Test
  void defined_mapTransformsAndKeepsExplanation() {
    Outcome<String> mapped = toolMaintainers().map(Rational::toString);
    assertThat(mapped.value()).isEqualTo("39/94");
    assertThat(mapped.explanation()).isEqualTo(PROGRESS);
  }

  @Test
  void defined_mapToNull_refused() {
    assertThatThrownBy(() -> toolMaintainers().map(p -> nullExplanation()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapped value must not be null");
  }

  @Test
  void defined_equalByValueOnly() {
    Outcome<Rational> other = Outcome.defined(Rational.of(78, 188), () -> FROM_ZERO);
    assertThat(other).isEqualTo(toolMaintainers()).hasSameHashCodeAs(toolMaintainers());
    assertThat(Outcome.defined(Rational.ONE, () -> PROGRESS)).isNotEqualTo(toolMaintainers());
    assertThat(toolMaintainers()).isNotEqualTo(codeQuality());
  }

  @Test
  void defined_toString() {
    assertThat(toolMaintainers()).hasToString("Defined[39/94]");
  }

  @Test
  void undefined_hasReasonAndNoValue() {
    Outcome<Rational> o = codeQuality();
    assertThat(o.isDefined()).isFalse();
    assertThat(o).isInstanceOf(Outcome.Undefined.class);
    assertThat(((Outcome.Undefined<Rational>) o).reason())
        .isEqualTo(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(o.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(o.toOptional()).isEmpty();
    assertThat(o.explanation()).isEqualTo(FROM_ZERO);
  }

  @Test
  void undefined_valueThrowsNamingSubjectReasonAndExplanation() {
    assertThatThrownBy(() -> codeQuality().value())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "relative change is undefined (change from zero): (new − old) / old with old = 0 ="
                + " undefined (change from zero)");
  }

  @Test
  void undefined_foldAppliesIfUndefined() {
    String text =
        codeQuality()
            .fold(
                p -> Figures.fractionAsPercent(p, Rounding.DISPLAY),
                u -> "n/a (" + u.reason().description() + ")");
    assertThat(text).isEqualTo("n/a (change from zero)");
  }

  @Test
  void undefined_mapStaysUndefinedWithReasonAndExplanation() {
    Outcome<String> mapped = codeQuality().map(Rational::toString);
    assertThat(mapped.isDefined()).isFalse();
    assertThat(mapped.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
    assertThat(mapped.explanation()).isEqualTo(FROM_ZERO);
  }

  @Test
  void undefined_equalByReasonOnly() {
    Outcome<Rational> other =
        Outcome.undefined(UndefinedReason.CHANGE_FROM_ZERO, Explanation.of("a", "b", "c", "d"));
    assertThat(other).isEqualTo(codeQuality()).hasSameHashCodeAs(codeQuality());
    assertThat(Outcome.<Rational>undefined(UndefinedReason.NO_VALUE, FROM_ZERO))
        .isNotEqualTo(codeQuality());
    assertThat(codeQuality()).isNotEqualTo(toolMaintainers());
  }

  @Test
  void undefined_toString() {
    assertThat(codeQuality())
        .hasToString(
            "Undefined[change from zero: (new − old) / old with old = 0 = undefined (change from"
                + " zero)]");
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(Outcome.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(toolMaintainers());
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(codeQuality());
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(Outcome.class);
    CalcTesting.assertImmutableClass(Outcome.Defined.class);
    CalcTesting.assertImmutableClass(Outcome.Undefined.class);
  }

  /** Breaks the contract on purpose, to test the guard. */
  @SuppressWarnings("NullAway")
  private static Explanation nullExplanation() {
    return null;
  }

  @Test
  void hashCode_spreadsUnequalOutcomes() {
    assertHashesSpread(
        toolMaintainers(),
        Outcome.defined(Rational.ONE, () -> PROGRESS),
        Outcome.defined(Rational.of(-3, 7), () -> PROGRESS));
    assertHashesSpread(
        codeQuality(),
        Outcome.<Rational>undefined(UndefinedReason.NO_VALUE, FROM_ZERO),
        Outcome.<Rational>undefined(UndefinedReason.TOO_FEW_POINTS, FROM_ZERO));
  }

  @Test
  void format_definedByTheFormatter_undefinedAsNotAvailableWithItsReason() {
    assertThat(toolMaintainers().format(r -> "value " + r)).isEqualTo("value 39/94");
    assertThat(codeQuality().format(r -> "value " + r)).isEqualTo("n/a (change from zero)");
  }
}
