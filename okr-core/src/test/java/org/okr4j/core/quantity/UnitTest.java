package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void hashCode_isObjectsHashOfKindSymbolAndScaleMaximum() {
    for (Unit u :
        java.util.List.of(
            Unit.percent(),
            Unit.days(),
            Unit.count(),
            Unit.scoreOutOf(5),
            Unit.of("maintainers"))) {
      assertThat(u.hashCode())
          .as(u.toString())
          .isEqualTo(java.util.Objects.hash(u.kind(), u.symbol(), u.scaleMaximum().orElse(null)));
    }
  }

  @Test
  void constants_haveKindSymbolAndName() {
    assertUnit(Unit.count(), Unit.Kind.COUNT, "", "count");
    assertUnit(Unit.percent(), Unit.Kind.PERCENT, "%", "percent");
    assertUnit(Unit.ratio(), Unit.Kind.RATIO, "", "ratio");
    assertUnit(Unit.days(), Unit.Kind.DURATION, "days", "days");
    assertUnit(Unit.hours(), Unit.Kind.DURATION, "hours", "hours");
    assertUnit(Unit.minutes(), Unit.Kind.DURATION, "minutes", "minutes");
  }

  @Test
  void count_ofANoun_isNamedForIt() {
    assertUnit(Unit.count(" tools "), Unit.Kind.COUNT, "tools", "count of tools");
  }

  @Test
  void scoreOutOf_normalizesTheMaximum() {
    Unit five = Unit.scoreOutOf(new BigDecimal("5.00"));
    assertUnit(five, Unit.Kind.SCORE, "/5", "score/5");
    assertThat(five.scaleMaximum()).contains(new BigDecimal("5"));
    assertThat(Unit.scoreOutOf(new BigDecimal("1E+1")).symbol()).isEqualTo("/10");
    assertThat(Unit.scoreOutOf(new BigDecimal("2.50")).symbol()).isEqualTo("/2.5");
    assertThat(Unit.scoreOutOf(5)).isEqualTo(five);
  }

  @Test
  void scoreOutOf_notPositive_throwsNamingTheMaximum() {
    assertThatThrownBy(() -> Unit.scoreOutOf(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale maximum (0) must be > 0");
    assertThatThrownBy(() -> Unit.scoreOutOf(new BigDecimal("-2.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale maximum (-2.5) must be > 0");
    assertThatThrownBy(() -> Unit.scoreOutOf(new BigDecimal("1E+18")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("scale maximum (1E+18) is outside the accepted range");
  }

  @Test
  void of_anySymbol_isOther() {
    assertUnit(Unit.of(" MB "), Unit.Kind.OTHER, "MB", "MB");
  }

  @Test
  void blankNames_areRefused() {
    assertThatThrownBy(() -> Unit.count("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("noun (\"  \") must not be blank");
    assertThatThrownBy(() -> Unit.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit symbol (\"\") must not be blank");
  }

  @Test
  void isPercent_onlyForPercent() {
    assertThat(Unit.percent().isPercent()).isTrue();
    assertThat(Unit.of("pct").isPercent()).isFalse();
    assertThat(Unit.ratio().isPercent()).isFalse();
  }

  @Test
  void scaleMaximum_emptyForNonScores() {
    assertThat(Unit.percent().scaleMaximum()).isEmpty();
    assertThat(Unit.count("tools").scaleMaximum()).isEmpty();
  }

  @Test
  void format_writesTheValueWithItsUnit() {
    assertThat(Unit.percent().format("24.9")).isEqualTo("24.9%");
    assertThat(Unit.days().format("17")).isEqualTo("17 days");
    assertThat(Unit.scoreOutOf(5).format("3.4")).isEqualTo("3.4/5");
    assertThat(Unit.count("tools").format("8")).isEqualTo("8 tools");
    assertThat(Unit.count().format("1134")).isEqualTo("1134");
    assertThat(Unit.ratio().format("0.249")).isEqualTo("0.249");
    assertThat(Unit.of("MB").format("12")).isEqualTo("12 MB");
  }

  @Test
  void of_symbolOfABuiltInUnit_isThatUnit() {
    assertThat(Unit.of("days")).isSameAs(Unit.days());
    assertThat(Unit.of("count")).isSameAs(Unit.count());
    assertThat(Unit.of("day").kind()).isEqualTo(Unit.Kind.OTHER);
  }

  @Test
  void equals_byKindSymbolAndScale() {
    new EqualsTester()
        .addEqualityGroup(Unit.count(), Unit.count())
        .addEqualityGroup(Unit.count("tools"), Unit.count("tools "))
        .addEqualityGroup(Unit.count("maintainers"))
        .addEqualityGroup(Unit.percent(), Unit.of("%"), Unit.of("percent"))
        .addEqualityGroup(Unit.of("pct"))
        .addEqualityGroup(Unit.ratio(), Unit.of("ratio"))
        .addEqualityGroup(Unit.days(), Unit.of("days"))
        .addEqualityGroup(Unit.of("day"))
        .addEqualityGroup(Unit.hours(), Unit.of("hours"))
        .addEqualityGroup(Unit.minutes(), Unit.of(" minutes "))
        .addEqualityGroup(Unit.scoreOutOf(5), Unit.scoreOutOf(new BigDecimal("5.0")))
        .addEqualityGroup(Unit.scoreOutOf(10))
        .testEquals();
  }

  @Test
  void requireSame_returnsAnEqualUnitAndRefusesAnotherNamingThisOneFirst() {
    Unit days = Unit.days();
    assertThat(days.requireSame(Unit.of("days"))).isEqualTo(days);
    assertThatThrownBy(() -> days.requireSame(Unit.percent()))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Unit.class);
    tester.testAllPublicInstanceMethods(Unit.percent());
    tester.testAllPublicStaticMethods(Unit.Kind.class);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Unit.class);
  }

  private static void assertUnit(Unit unit, Unit.Kind kind, String symbol, String name) {
    assertThat(unit.kind()).isEqualTo(kind);
    assertThat(unit.symbol()).isEqualTo(symbol);
    assertThat(unit).hasToString(name);
  }
}
