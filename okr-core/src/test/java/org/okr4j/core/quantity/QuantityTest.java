package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {
  private static final Unit PAGES = Unit.count("pages");
  private static final Unit SCORE = Unit.scoreOutOf(5);

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  @Test
  void parse_millions_isStatedToTheLastPrintedDigit() {
    Quantity pages = Quantity.parse("238.9M", PAGES);
    assertThat(pages.value()).isEqualTo(d("238900000"));
    assertThat(pages.precision()).isEqualTo(Precision.toNearest(d("100000")));
    assertThat(pages.unit()).isEqualTo(PAGES);
    assertThat(pages.isExact()).isFalse();
    assertThat(pages).hasToString("238900000 pages (to the nearest 100000)");
  }

  @Test
  void parse_wholeMillions_isStatedToTheNearestMillion() {
    Quantity pages = Quantity.parse("60M", PAGES);
    assertThat(pages.value()).isEqualTo(d("60000000"));
    assertThat(pages.precision()).isEqualTo(Precision.toNearest(d("1000000")));
  }

  @ParameterizedTest
  @CsvSource({
    "3.8,       3.8,        0.1",
    "' 3.80 ',  3.80,       0.01",
    "-1.5k,     -1500,      100",
    "+2K,       2000,       1000",
    "1.2bn,     1200000000, 100000000",
    "7B,        7000000000, 1000000000",
    "12 M,      12000000,   1000000",
    "0,         0,          1",
    "1134,      1134,       1"
  })
  void parse_acceptedForms(String text, String value, String step) {
    Quantity q = Quantity.parse(text, Unit.count());
    assertThat(q.value()).isEqualTo(d(value));
    assertThat(q.precision()).isEqualTo(Precision.toNearest(d(step)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e5", "1,000", "", ".5", "5.", "1.2 m", "12%", "--1", "٣"})
  void parse_otherForms_areRefusedQuotingTheText(String text) {
    assertThatThrownBy(() -> Quantity.parse(text, Unit.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "figure (\"%s\") must be digits with an optional sign, decimal part and k/M/B suffix",
            text.strip());
  }

  @Test
  void parse_tooLong_isRefused() {
    assertThatThrownBy(() -> Quantity.parse("1".repeat(101), Unit.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figure text is longer than 100 characters");
  }

  @Test
  void parse_tooManyDigits_isRefusedByTheLimits() {
    assertThatThrownBy(() -> Quantity.parse("1".repeat(19), Unit.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("value (1111111111111111111) is outside the accepted range");
    assertThatThrownBy(() -> Quantity.parse("1000000000000bn", Unit.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is outside the accepted range");
  }

  @Test
  void of_usesThePrecisionOfTheDigits() {
    assertThat(Quantity.of(d("3.80"), SCORE).precision()).isEqualTo(Precision.decimals(2));
    assertThat(Quantity.of(d("3.8"), SCORE).precision()).isEqualTo(Precision.decimals(1));
    assertThat(Quantity.of(d("3.8"), SCORE)).hasToString("3.8/5");
    assertThat(Quantity.of(d("24.9"), Unit.percent())).hasToString("24.9%");
  }

  @Test
  void scaleSensitiveEquals_butNumericIsEqualAndCompareTo() {
    Quantity a = Quantity.of(d("3.8"), SCORE);
    Quantity b = Quantity.of(d("3.80"), SCORE);
    assertThat(a).isNotEqualTo(b);
    assertThat(a.isEqual(b)).isTrue();
    assertThat(a.compareTo(b)).isZero();
    assertThat(a.isEqual(Quantity.of(d("3.4"), SCORE))).isFalse();
    assertThat(a.compareTo(Quantity.of(d("3.4"), SCORE))).isPositive();
  }

  @Test
  void normalization_padsToThePrecisionAndDropsMeaninglessZeros() {
    assertThat(Quantity.of(d("3.8"), SCORE, Precision.decimals(2)).value()).isEqualTo(d("3.80"));
    assertThat(Quantity.exact(d("1134.0"), Unit.count()).value()).isEqualTo(d("1134"));
    assertThat(Quantity.exact(d("1E+3"), Unit.count()).value()).isEqualTo(d("1000"));
    assertThat(Quantity.of(d("3.5"), SCORE, Precision.toNearest(d("0.25"))).value())
        .isEqualTo(d("3.50"));
    assertThat(Quantity.of(d("3.80"), SCORE, Precision.decimals(1)))
        .isEqualTo(Quantity.of(d("3.8"), SCORE));
  }

  @Test
  void of_valueOffItsStep_isRefusedNamingValueAndStep() {
    assertThatThrownBy(() -> Quantity.of(d("12"), Unit.count(), Precision.toNearest(d("10"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value (12) must be a multiple of its stated step (10)");
    assertThatThrownBy(() -> Quantity.of(d("219"), Unit.count(), Precision.toNearest(d("2"))))
        .hasMessage("value (219) must be a multiple of its stated step (2)");
    assertThatThrownBy(() -> Quantity.of(d("3.85"), SCORE, Precision.decimals(1)))
        .hasMessage("value (3.85) must be a multiple of its stated step (0.1)");
    assertThat(Quantity.of(d("220"), Unit.count(), Precision.toNearest(d("2"))).value())
        .isEqualTo(d("220"));
    assertThat(Quantity.of(d("-3.75"), SCORE, Precision.toNearest(d("0.25"))).value())
        .isEqualTo(d("-3.75"));
  }

  @Test
  void exact_longFactory() {
    Quantity reviews = Quantity.exact(1134, Unit.count("code reviews"));
    assertThat(reviews.isExact()).isTrue();
    assertThat(reviews.value()).isEqualTo(d("1134"));
    assertThat(reviews).hasToString("1134 code reviews (exact)");
    assertThat(reviews.interval().isPoint()).isTrue();
  }

  @Test
  void toString_showsPrecisionWhenDigitsDoNotImplyIt() {
    assertThat(Quantity.of(d("3.50"), SCORE, Precision.toNearest(d("0.25"))))
        .hasToString("3.50/5 (to the nearest 0.25)");
    assertThat(Quantity.of(d("17"), Unit.days())).hasToString("17 days");
  }

  @Test
  void toRationalAndInterval() {
    Quantity q = Quantity.of(d("3.8"), SCORE);
    assertThat(q.toRational()).isEqualTo(Rational.of(19, 5));
    assertThat(q.interval())
        .isEqualTo(Interval.between(Rational.of(d("3.75")), Rational.of(d("3.85"))));
  }

  @Test
  void withValue_keepsUnitAndPrecision_andReturnsThisWhenUnchanged() {
    Quantity q = Quantity.of(d("3.8"), SCORE);
    Quantity changed = q.withValue(d("3.4"));
    assertThat(changed.value()).isEqualTo(d("3.4"));
    assertThat(changed.unit()).isEqualTo(SCORE);
    assertThat(changed.precision()).isEqualTo(q.precision());
    assertThat(q.withValue(d("3.8"))).isSameAs(q);
    assertThat(q.withValue(d("3.80"))).isSameAs(q); // normalizes to 3.8 under precision 0.1
    assertThatThrownBy(() -> q.withValue(d("3.85")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value (3.85) must be a multiple of its stated step (0.1)");
    assertThatThrownBy(() -> q.withValue(d("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withPrecision_renormalizes_andReturnsThisWhenUnchanged() {
    Quantity q = Quantity.of(d("3.8"), SCORE);
    assertThat(q.withPrecision(Precision.toNearest(d("0.10")))).isSameAs(q);
    Quantity finer = q.withPrecision(Precision.decimals(2));
    assertThat(finer.value()).isEqualTo(d("3.80"));
    assertThat(finer.withPrecision(Precision.decimals(1))).isEqualTo(q);
  }

  @Test
  void differentUnits_throwUnitMismatch() {
    Quantity days = Quantity.of(d("19"), Unit.days());
    Quantity percent = Quantity.of(d("24.9"), Unit.percent());
    assertThatThrownBy(() -> days.compareTo(percent))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
    assertThatThrownBy(() -> days.isEqual(percent))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: days/percent");
    assertThatThrownBy(() -> percent.requireSameUnit(days))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: percent/days");
    Quantity moreDays = Quantity.of(d("21"), Unit.days());
    assertThat(days.requireSameUnit(moreDays)).isSameAs(moreDays);
  }

  @Test
  void outsideLimits_isRefused() {
    assertThatThrownBy(() -> Quantity.of(d("1e999999999"), Unit.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value (1E+999999999) is outside the accepted range: at most 18 integer digits and 18"
                + " decimal places");
  }

  @Test
  void equalsAndHashCode_compareValueUnitAndPrecision() {
    new EqualsTester()
        .addEqualityGroup(
            Quantity.of(d("3.8"), SCORE),
            Quantity.of(d("3.80"), SCORE, Precision.decimals(1)),
            Quantity.parse("3.8", SCORE))
        .addEqualityGroup(Quantity.of(d("3.80"), SCORE))
        .addEqualityGroup(Quantity.exact(d("3.8"), SCORE))
        .addEqualityGroup(Quantity.of(d("3.8"), Unit.scoreOutOf(10)))
        .addEqualityGroup(Quantity.of(d("3.9"), SCORE))
        .testEquals();
  }

  @Test
  void bigDecimalSubclass_isNotKept() {
    Quantity q = Quantity.of(new SubclassedDecimal("1.50"), Unit.count());
    assertThat(q.value().getClass()).isEqualTo(BigDecimal.class);
    assertThat(q.value()).isEqualTo(d("1.50"));
    Quantity exact = Quantity.exact(new SubclassedDecimal("2"), Unit.count());
    assertThat(exact.value().getClass()).isEqualTo(BigDecimal.class);
    assertThat(exact.withValue(new SubclassedDecimal("3")).value().getClass())
        .isEqualTo(BigDecimal.class);
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Unit.class, SCORE)
            .setDefault(Precision.class, Precision.decimals(1))
            .setDefault(Quantity.class, Quantity.of(d("3.4"), SCORE))
            .setDefault(BigDecimal.class, BigDecimal.ONE);
    tester.testAllPublicStaticMethods(Quantity.class);
    tester.testAllPublicInstanceMethods(Quantity.of(d("3.8"), SCORE));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Quantity.class);
  }

  @ParameterizedTest
  @CsvSource({
    // 18 digits are held in a long, 19 and more as a BigDecimal.
    "999999999999999999,                 true",
    "-999999999999999999,                true",
    "99999999999999999.9,                true",
    "0.999999999999999999,               true",
    "123456789012345678.9,               false",
    "-123456789012345678.9,              false",
    "999999999999999999.999999999999999999, false",
    "0,                                  true"
  })
  void representation_isCompactUpToEighteenDigits(String text, boolean compact) {
    Quantity q = Quantity.of(d(text), Unit.count());
    assertThat(q.isCompact()).isEqualTo(compact);
    assertThat(q.value()).isEqualTo(d(text));
    assertThat(q.value().getClass()).isEqualTo(BigDecimal.class);
    assertThat(q.toRational()).isEqualTo(Rational.of(d(text)));
    assertThat(q.hashCode()).isEqualTo(java.util.Objects.hash(q.value(), q.unit(), q.precision()));
    assertThat(q).isEqualTo(Quantity.of(d(text), Unit.count())).hasToString(text);
  }

  @Test
  void equals_compactAndLargeValuesWithTheSameDigits_areEqualOnlyToTheirOwnKind() {
    // 10^18 − 1 is compact; 10^18 − 1 with a tenth more is not; they differ in value anyway.
    Quantity compact = Quantity.of(d("999999999999999999"), Unit.count(), Precision.exact());
    Quantity large = Quantity.of(d("999999999999999999.9"), Unit.count(), Precision.exact());
    assertThat(compact).isNotEqualTo(large);
    assertThat(large).isNotEqualTo(compact);
    assertThat(compact.compareTo(large)).isNegative();
    assertThat(large.compareTo(compact)).isPositive();
    assertThat(large.differenceFrom(compact)).isEqualTo(Rational.of(9, 10));
    assertThat(compact.differenceFrom(large)).isEqualTo(Rational.of(-9, 10));
  }

  @Test
  void fractionOfWay_isProgressFromTheDeck() {
    Unit maintainers = Unit.count("maintainers");
    Quantity baseline = Quantity.of(d("1880"), maintainers);
    Quantity target = Quantity.of(d("1974"), maintainers);
    // (1919 − 1880) / (1974 − 1880) = 39/94.
    assertThat(Quantity.of(d("1919"), maintainers).fractionOfWay(baseline, target))
        .isEqualTo(Rational.of(39, 94));
    // Other decimal places: (1919.5 − 1880) / 94 = 39.5/94 = 79/188.
    assertThat(Quantity.of(d("1919.5"), maintainers).fractionOfWay(baseline, target))
        .isEqualTo(Rational.of(79, 188));
    // Moving away, and a target below the baseline: (3.4 − 3.8) / (4.0 − 3.8) = −2;
    // (3.4 − 3.8) / (3.0 − 3.8) = 1/2.
    Quantity low = Quantity.of(d("3.4"), SCORE);
    assertThat(low.fractionOfWay(Quantity.of(d("3.8"), SCORE), Quantity.of(d("4.0"), SCORE)))
        .isEqualTo(Rational.of(-2));
    assertThat(low.fractionOfWay(Quantity.of(d("3.8"), SCORE), Quantity.of(d("3.0"), SCORE)))
        .isEqualTo(Rational.of(1, 2));
    assertThatThrownBy(() -> low.fractionOfWay(baseline, target))
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> low.fractionOfWay(low, Quantity.of(d("3.40"), SCORE)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("no way from 3.4/5 to 3.40/5: the two values are equal");
  }

  @Test
  void fractionOfWay_pastTheLongs_isStillExact() {
    // 999999999999999999.9 has 19 digits: held as a BigDecimal, computed as fractions.
    // (0.9 − 0) / (999999999999999999.9 − 0) = 9 / 9999999999999999999.
    Quantity large = Quantity.of(d("999999999999999999.9"), PAGES);
    Quantity zero = Quantity.of(d("0"), PAGES);
    assertThat(Quantity.of(d("0.9"), PAGES).fractionOfWay(zero, large))
        .isEqualTo(Rational.of(BigInteger.valueOf(9), new BigInteger("9999999999999999999")));
    // Compact, but written with 18 places the start's 10^17 overflows a long: the slow path.
    Quantity wide = Quantity.of(d("100000000000000000"), PAGES);
    Quantity fine = Quantity.of(d("0.000000000000000001"), PAGES);
    assertThat(wide.fractionOfWay(fine, Quantity.of(d("1"), PAGES)))
        .isEqualTo(
            Rational.of(d("99999999999999999.999999999999999999"))
                .dividedBy(Rational.of(d("0.999999999999999999"))));
  }

  @Test
  void percentChangeFrom_isTheRelativeChangeFromTheDeck() {
    Unit maintainers = Unit.count("maintainers");
    // (1919 − 1880) / 1880 × 100 = 3900/1880 = 195/94.
    assertThat(
            Quantity.of(d("1919"), maintainers)
                .percentChangeFrom(Quantity.of(d("1880"), maintainers)))
        .isEqualTo(Rational.of(195, 94));
    // From a negative value, divided by its magnitude: (−40.3 + 57.0) / 57.0 × 100 = 1670/57.
    Unit loss = Unit.count("loss");
    assertThat(Quantity.of(d("-40.3"), loss).percentChangeFrom(Quantity.of(d("-57.0"), loss)))
        .isEqualTo(Rational.of(1670, 57));
    // 3.8/5 → 3.4/5 is −10.53%: −0.4 / 3.8 × 100 = −200/19.
    assertThat(Quantity.of(d("3.4"), SCORE).percentChangeFrom(Quantity.of(d("3.8"), SCORE)))
        .isEqualTo(Rational.of(-200, 19));
    assertThatThrownBy(
            () -> Quantity.of(d("3"), PAGES).percentChangeFrom(Quantity.of(d("0.0"), PAGES)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("no relative change from zero: 0.0 pages to 3 pages");
    assertThat(Quantity.of(d("-0.5"), PAGES).signum()).isEqualTo(-1);
    assertThat(Quantity.of(d("0"), PAGES).signum()).isZero();
    assertThat(Quantity.of(d("999999999999999999.9"), PAGES).signum()).isEqualTo(1);
    assertThat(Quantity.of(d("-999999999999999999.9"), PAGES).signum()).isEqualTo(-1);
  }

  @Test
  void differenceFrom_sameDecimalPlaces_isTheDifferenceOfTheDigits() {
    Unit maintainers = Unit.count("maintainers");
    Quantity latest = Quantity.of(d("1919"), maintainers);
    Quantity baseline = Quantity.of(d("1880"), maintainers);
    assertThat(latest.differenceFrom(baseline)).isEqualTo(Rational.of(39));
    assertThat(baseline.differenceFrom(latest)).isEqualTo(Rational.of(-39));
    // 3.4 − 3.8 = −0.4 = −2/5, from unscaled 34 − 38 at one decimal place.
    assertThat(Quantity.of(d("3.4"), SCORE).differenceFrom(Quantity.of(d("3.8"), SCORE)))
        .isEqualTo(Rational.of(-2, 5));
    assertThat(latest.differenceFrom(latest)).isEqualTo(Rational.ZERO);
  }

  @Test
  void differenceFrom_otherDecimalPlacesOrLargeValues_isStillExact() {
    Quantity tenths = Quantity.of(d("3.8"), SCORE);
    Quantity hundredths = Quantity.of(d("3.45"), SCORE);
    // 3.8 − 3.45 = 0.35 = 7/20
    assertThat(tenths.differenceFrom(hundredths)).isEqualTo(Rational.of(7, 20));
    // The extremes of the limits: (10^18 − 10^-18) − (−(10^18 − 10^-18)), beyond any long.
    Quantity max = Quantity.of(d("999999999999999999.999999999999999999"), Unit.count());
    BigInteger twiceMax = new BigInteger("1999999999999999999999999999999999998");
    assertThat(max.differenceFrom(Quantity.of(max.value().negate(), Unit.count())))
        .isEqualTo(Rational.of(twiceMax, BigInteger.TEN.pow(18)));
    // Two compact values whose difference needs 19 digits: 999999999999999999 −
    // (−999999999999999999).
    Quantity big = Quantity.of(d("999999999999999999"), Unit.count());
    assertThat(big.differenceFrom(Quantity.of(d("-999999999999999999"), Unit.count())))
        .isEqualTo(Rational.of(1_999_999_999_999_999_998L));
    assertThatThrownBy(() -> tenths.differenceFrom(Quantity.of(d("3"), PAGES)))
        .isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void toRational_aWholeNumberWrittenWithAnExponent_isExact() {
    // 2389E5 stated to the nearest 100000 reads back as 238900000: unscaled, at scale 0.
    Quantity pages = Quantity.of(d("2389E5"), PAGES);
    assertThat(pages.value().scale()).isZero();
    assertThat(pages.toRational()).isEqualTo(Rational.of(238_900_000L));
    assertThat(Quantity.of(d("1E+17"), PAGES).toRational())
        .isEqualTo(Rational.of(100_000_000_000_000_000L));
    assertThat(Quantity.of(d("-9E+17"), PAGES).compareTo(pages)).isNegative();
  }

  @Test
  void compareTo_otherDecimalPlaces_comparesValues() {
    assertThat(Quantity.of(d("3.80"), SCORE).compareTo(Quantity.of(d("3.8"), SCORE))).isZero();
    assertThat(Quantity.of(d("3.79"), SCORE).compareTo(Quantity.of(d("3.8"), SCORE))).isNegative();
    assertThat(Quantity.of(d("3.9"), SCORE).compareTo(Quantity.of(d("3.85"), SCORE))).isPositive();
    assertThat(Quantity.of(d("-1"), SCORE).compareTo(Quantity.of(d("-2"), SCORE))).isPositive();
  }

  @Test
  void hashCode_isThatOfValueUnitAndPrecision() {
    for (String text : new String[] {"0", "-1", "4294967296", "-4294967297", "3.80", "2389E5"}) {
      Quantity q = Quantity.of(d(text), PAGES);
      assertThat(q.hashCode())
          .as(text)
          .isEqualTo(java.util.Objects.hash(q.value(), q.unit(), q.precision()));
    }
  }

  /** A subclass of BigDecimal, which could be mutable; a value must not keep one. */
  private static final class SubclassedDecimal extends BigDecimal {
    private static final long serialVersionUID = 1L;

    SubclassedDecimal(String text) {
      super(text);
    }
  }

  @Test
  void ofString_plainDecimal_isStatedToItsDigits() {
    // "3.5" has one decimal place, so it is 3.5 days to the nearest 0.1 (the javadoc's example).
    Quantity days = Quantity.of(" 3.5 ", Unit.days());
    assertThat(days.value()).isEqualTo(d("3.5"));
    assertThat(days.precision()).isEqualTo(Precision.decimals(1));
    assertThat(days.unit()).isEqualTo(Unit.days());
    assertThat(Quantity.of("-12", Unit.count()).value()).isEqualTo(d("-12"));
    assertThat(Quantity.of("+0.25", Unit.count()).precision()).isEqualTo(Precision.decimals(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e5", "1,000", ".5", "5.", "3.5k", "--1", "abc"})
  void ofString_notAPlainDecimal_isRefusedQuotingTheText(String text) {
    assertThatThrownBy(() -> Quantity.of(text, Unit.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value (\"%s\") must be a plain decimal such as 3.5 or -12", text);
  }

  @Test
  void ofString_fortyCharactersAtMost_longerTextQuotedToFortyAndAnEllipsis() {
    // 37 leading zeros, then "3.5": 40 characters, the most accepted; BigDecimal drops the zeros.
    String forty = "0".repeat(37) + "3.5";
    assertThat(forty).hasSize(40);
    assertThat(Quantity.of(forty, Unit.count()).value()).isEqualTo(d("3.5"));
    String fortyOne = "0" + forty;
    assertThatThrownBy(() -> Quantity.of(fortyOne, Unit.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value (\"%s…\") must be a plain decimal such as 3.5 or -12",
            fortyOne.substring(0, 40));
    // A refused text of exactly 40 characters is quoted whole.
    String fortyBad = "x".repeat(40);
    assertThatThrownBy(() -> Quantity.of(fortyBad, Unit.count()))
        .hasMessage("value (\"%s\") must be a plain decimal such as 3.5 or -12", fortyBad);
  }

  @Test
  void ofString_outsideTheLimits_isRefusedByTheLimits() {
    assertThatThrownBy(() -> Quantity.of("1".repeat(19), Unit.count()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("value (1111111111111111111) is outside the accepted range");
  }

  @Test
  void parse_hundredCharacters_isTheLongestAccepted() {
    // "1", 97 spaces, "bn": 100 characters in all, one billion to the nearest billion.
    String hundred = "1" + " ".repeat(97) + "bn";
    assertThat(hundred).hasSize(100);
    assertThat(Quantity.parse(hundred, Unit.count()).value()).isEqualTo(d("1000000000"));
    assertThatThrownBy(() -> Quantity.parse("1" + " ".repeat(98) + "bn", Unit.count()))
        .hasMessage("figure text is longer than 100 characters");
  }

  @Test
  void of_subclassOfBigDecimal_isHeldAsAPlainBigDecimal() {
    // A subclass may be mutable; the quantity keeps a plain copy, even when no rescaling is due.
    // 19 digits do not fit the compact form, so the decimal itself is kept.
    BigDecimal sub =
        new BigDecimal("123456789012345678.5") {
          private static final long serialVersionUID = 1L;
        };
    Quantity q = Quantity.of(sub, Unit.days(), Precision.decimals(1));
    assertThat(q.value().getClass()).isEqualTo(BigDecimal.class);
    assertThat(q.value()).isEqualTo(d("123456789012345678.5"));
  }
}
