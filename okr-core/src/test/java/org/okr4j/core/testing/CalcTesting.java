package org.okr4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.status.StatusContext;
import org.okr4j.core.time.Period;

/** Shared helpers for the calculator tests: null checks with sensible defaults, immutability. */
public final class CalcTesting {
  private CalcTesting() {}

  /**
   * A {@link NullPointerTester} whose default for every parameter type of the calculators is a
   * valid value, so that only the null argument can make a call fail.
   *
   * @return the tester
   */
  public static NullPointerTester nullPointerTester() {
    KeyResult keyResult = WikimediaDeck.toolMaintainers();
    CheckIn checkIn = keyResult.latestCheckIn().orElseThrow();
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Rational.class, Rational.of(1, 2))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Quantity.class, Quantity.exact(1, Unit.percent()))
        .setDefault(Unit.class, Unit.percent())
        .setDefault(KeyResult.class, keyResult)
        .setDefault(CheckIn.class, checkIn)
        .setDefault(Period.class, WikimediaDeck.FY20)
        .setDefault(LocalDate.class, WikimediaDeck.END_OF_Q3)
        .setDefault(Clock.class, Clock.fixed(java.time.Instant.EPOCH, ZoneOffset.UTC))
        .setDefault(ChangeBasis.class, ChangeBasis.RELATIVE_TO_BASELINE)
        .setDefault(ChangeMeasure.class, ChangeMeasure.RELATIVE)
        .setDefault(ChangeSense.class, ChangeSense.CHANGE)
        .setDefault(Target.class, Target.reach(Quantity.exact(1, Unit.percent())))
        .setDefault(PaceCurve.class, PaceCurve.linear())
        .setDefault(Rounding.class, Rounding.DISPLAY)
        .setDefault(RoundingMode.class, RoundingMode.HALF_UP)
        .setDefault(
            Change.class, Change.of(ChangeMeasure.RELATIVE, ChangeSense.CHANGE, Rational.ONE))
        .setDefault(Explanation.class, Explanation.of("s", "f", "x", "r"))
        .setDefault(
            Outcome.class, Outcome.defined(Rational.ONE, () -> Explanation.of("s", "f", "x", "r")))
        .setDefault(
            Objective.class,
            Objective.builder().id("o").title("o").addKeyResults(keyResult).build())
        .setDefault(
            StatusContext.class, StatusContext.of(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3))
        .setDefault(List.class, List.of());
  }

  /**
   * Asserts that a value type is immutable by construction: public and final, no public or
   * protected constructor, and every instance field private and final.
   *
   * @param type the value type
   */
  public static void assertImmutableClass(Class<?> type) {
    int modifiers = type.getModifiers();
    assertThat(Modifier.isPublic(modifiers)).as("%s is public", type.getName()).isTrue();
    assertThat(Modifier.isFinal(modifiers) || isSealed(type))
        .as("%s is final or sealed", type.getName())
        .isTrue();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      assertThat(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))
          .as("constructor %s is neither public nor protected", c)
          .isFalse();
    }
    for (Field f : type.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) || f.isSynthetic()) {
        continue;
      }
      assertThat(Modifier.isFinal(m) && Modifier.isPrivate(m))
          .as("field %s is private and final", f)
          .isTrue();
    }
  }

  private static boolean isSealed(Class<?> type) {
    return type.isSealed();
  }
}
