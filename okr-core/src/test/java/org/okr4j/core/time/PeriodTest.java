package org.okr4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Rational;

class PeriodTest {
  private static final FiscalCalendar WIKIMEDIA = FiscalCalendar.startingIn(Month.JULY);
  private static final Period Q3 = WIKIMEDIA.quarter(2020, 3);

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  @Test
  void minusYears_theSamePeriodEarlier() {
    assertThat(Q3.minusYears(1)).isEqualTo(WIKIMEDIA.quarter(2019, 3));
    assertThat(Q3.minusYears(0)).isSameAs(Q3);
    assertThat(WIKIMEDIA.fiscalYear(2020).minusYears(2)).isEqualTo(WIKIMEDIA.fiscalYear(2018));
    assertThat(Period.of(YearMonth.of(2020, 6)).minusYears(1))
        .isEqualTo(Period.of(YearMonth.of(2019, 6)));
    assertThat(Period.calendarYear(2020).minusYears(1)).isEqualTo(Period.calendarYear(2019));
    Period ytd = WIKIMEDIA.yearToDate(2020, LocalDate.of(2020, 4, 1));
    Period earlier = ytd.minusYears(1);
    assertThat(earlier.start()).isEqualTo(LocalDate.of(2018, 7, 1));
    assertThat(earlier.endExclusive()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(earlier.kind()).isEqualTo(Period.Kind.CUSTOM);
    assertThatThrownBy(() -> Q3.minusYears(-1)).hasMessage("years (-1) must be >= 0");
    assertThatThrownBy(() -> Period.calendarYear(5).minusYears(5))
        .hasMessage("5 minus 5 years is before year 1");
    // down to year 1 itself is fine
    assertThat(Period.calendarYear(5).minusYears(4)).isEqualTo(Period.calendarYear(1));
  }

  @Test
  void yearToDate_fromTheFiscalYearsStart() {
    Period ytd = WIKIMEDIA.yearToDate(2020, LocalDate.of(2020, 4, 1));
    assertThat(ytd.start()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(ytd.endExclusive()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(ytd.label()).isEqualTo("FY2019/20 YTD to 2020-03-31");
    assertThat(WIKIMEDIA.yearToDate(2020, LocalDate.of(2020, 7, 1)).lengthInDays()).isEqualTo(366);
    assertThatThrownBy(() -> WIKIMEDIA.yearToDate(2020, LocalDate.of(2020, 7, 2)))
        .hasMessage("year to date end (2020-07-02) must be within FY2019/20");
    assertThatThrownBy(() -> WIKIMEDIA.yearToDate(2020, LocalDate.of(2019, 7, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void between_isLabelledWithItsDates() {
    Period p = Period.between(day(2018, 7, 1), day(2019, 1, 1));
    assertThat(p.kind()).isEqualTo(Period.Kind.CUSTOM);
    assertThat(p.label()).isEqualTo("2018-07-01..2019-01-01");
    assertThat(p.lengthInDays()).isEqualTo(184);
    assertThat(p.fiscalCalendar()).isEmpty();
    assertThat(p.fiscalYear()).isEmpty();
    assertThat(p.quarter()).isEmpty();
    assertThat(p).hasToString("2018-07-01..2019-01-01 [2018-07-01, 2019-01-01)");
  }

  @Test
  void between_withALabel_stripsIt() {
    Period p = Period.between(day(2019, 6, 1), day(2019, 7, 1), " June 2019 ");
    assertThat(p.label()).isEqualTo("June 2019");
    assertThat(p.kind()).isEqualTo(Period.Kind.CUSTOM);
  }

  @Test
  void between_emptyOrReversed_throwsNamingBothDays() {
    assertThatThrownBy(() -> Period.between(day(2020, 1, 1), day(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period start (2020-01-01) must be before its end (2020-01-01)");
    assertThatThrownBy(() -> Period.between(day(2020, 2, 1), day(2020, 1, 1), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period start (2020-02-01) must be before its end (2020-01-01)");
  }

  @Test
  void between_blankLabel_throws() {
    assertThatThrownBy(() -> Period.between(day(2020, 1, 1), day(2020, 2, 1), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period label (\" \") must not be blank");
  }

  @Test
  void of_aMonth() {
    Period june = Period.of(YearMonth.of(2019, 6));
    assertThat(june.kind()).isEqualTo(Period.Kind.MONTH);
    assertThat(june.label()).isEqualTo("2019-06");
    assertThat(june.start()).isEqualTo(day(2019, 6, 1));
    assertThat(june.endExclusive()).isEqualTo(day(2019, 7, 1));
    assertThat(june.lengthInDays()).isEqualTo(30);
    assertThat(Period.of(YearMonth.of(2020, 2)).lengthInDays()).isEqualTo(29);
    assertThat(Period.of(YearMonth.of(2019, 12)).endExclusive()).isEqualTo(day(2020, 1, 1));
  }

  @Test
  void calendarYear() {
    Period y = Period.calendarYear(2019);
    assertThat(y.kind()).isEqualTo(Period.Kind.CALENDAR_YEAR);
    assertThat(y.label()).isEqualTo("2019");
    assertThat(y.start()).isEqualTo(day(2019, 1, 1));
    assertThat(y.endExclusive()).isEqualTo(day(2020, 1, 1));
    assertThat(y.fiscalYear()).isEmpty();
    assertThat(Period.calendarYear(1).start()).isEqualTo(day(1, 1, 1));
    assertThat(Period.calendarYear(9998).label()).isEqualTo("9998");
  }

  @Test
  void calendarYear_outOfRange_throws() {
    assertThatThrownBy(() -> Period.calendarYear(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year (0) must be within 1..9998");
    assertThatThrownBy(() -> Period.calendarYear(9999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year (9999) must be within 1..9998");
  }

  @Test
  void contains_startButNotEnd() {
    assertThat(Q3.contains(day(2020, 1, 1))).isTrue();
    assertThat(Q3.contains(day(2020, 3, 31))).isTrue();
    assertThat(Q3.contains(day(2020, 4, 1))).isFalse();
    assertThat(Q3.contains(day(2019, 12, 31))).isFalse();
  }

  @Test
  void fractionElapsed_16February2020_is46Over91OfQ3() {
    assertThat(Q3.lengthInDays()).isEqualTo(91);
    assertThat(Q3.fractionElapsed(day(2020, 2, 16))).isEqualTo(Rational.of(46, 91));
  }

  @Test
  void fractionElapsed_withAFixedClock() {
    Clock clock = Clock.fixed(Instant.parse("2020-02-16T10:15:30Z"), ZoneOffset.UTC);
    assertThat(Q3.fractionElapsed(clock)).isEqualTo(Rational.of(46, 91));
  }

  @Test
  void fractionElapsed_withAClock_usesTheClocksZone() {
    // 23:30 UTC on 16 February is already 17 February in Auckland.
    Clock auckland =
        Clock.fixed(Instant.parse("2020-02-16T23:30:00Z"), ZoneId.of("Pacific/Auckland"));
    assertThat(Q3.fractionElapsed(auckland)).isEqualTo(Rational.of(47, 91));
  }

  @Test
  void fractionElapsed_isZeroUpToTheStartAndOneFromTheEnd() {
    assertThat(Q3.fractionElapsed(day(2019, 6, 1))).isSameAs(Rational.ZERO);
    assertThat(Q3.fractionElapsed(day(2020, 1, 1))).isSameAs(Rational.ZERO);
    assertThat(Q3.fractionElapsed(day(2020, 1, 2))).isEqualTo(Rational.of(1, 91));
    assertThat(Q3.fractionElapsed(day(2020, 3, 31))).isEqualTo(Rational.of(90, 91));
    assertThat(Q3.fractionElapsed(day(2020, 4, 1))).isSameAs(Rational.ONE);
    assertThat(Q3.fractionElapsed(day(2021, 1, 1))).isSameAs(Rational.ONE);
  }

  @Test
  void compareTo_byStartThenEnd() {
    Period year = WIKIMEDIA.fiscalYear(2020);
    Period q1 = WIKIMEDIA.quarter(2020, 1);
    List<Period> sorted = new ArrayList<>(List.of(Q3, year, WIKIMEDIA.quarter(2020, 2), q1));
    sorted.sort(null);
    assertThat(sorted).containsExactly(q1, year, WIKIMEDIA.quarter(2020, 2), Q3);
  }

  @Test
  void compareTo_startDecidesFirst_thenEnd_thenLabel() {
    LocalDate jan1 = day(2020, 1, 1);
    LocalDate jan2 = day(2020, 1, 2);
    LocalDate feb1 = day(2020, 2, 1);
    LocalDate mar1 = day(2020, 3, 1);
    // An earlier start comes first even with a later end and label.
    assertThat(Period.between(jan1, mar1, "Z").compareTo(Period.between(jan2, feb1, "A")))
        .isNegative();
    assertThat(Period.between(jan2, feb1, "A").compareTo(Period.between(jan1, mar1, "Z")))
        .isPositive();
    // The same start: the earlier end comes first, whatever the labels.
    assertThat(Period.between(jan1, feb1, "Z").compareTo(Period.between(jan1, mar1, "A")))
        .isNegative();
    assertThat(Period.between(jan1, mar1, "A").compareTo(Period.between(jan1, feb1, "Z")))
        .isPositive();
    // The same days: the label decides.
    assertThat(Period.between(jan1, feb1, "A").compareTo(Period.between(jan1, feb1, "B")))
        .isNegative();
    assertThat(Period.between(jan1, feb1, "B").compareTo(Period.between(jan1, feb1, "A")))
        .isPositive();
  }

  @Test
  void compareTo_isConsistentWithEquals_forPeriodsWithTheSameDatesAndLabel() {
    Period calendarYear = Period.calendarYear(2020);
    Period custom = Period.between(day(2020, 1, 1), day(2021, 1, 1), "2020");
    assertThat(custom).isNotEqualTo(calendarYear);
    assertThat(custom.compareTo(calendarYear)).isNotZero();
    assertThat(Integer.signum(custom.compareTo(calendarYear)))
        .isEqualTo(-Integer.signum(calendarYear.compareTo(custom)));
    Period sameLabelAsQ3 = Period.between(Q3.start(), Q3.endExclusive(), Q3.label());
    assertThat(sameLabelAsQ3).isNotEqualTo(Q3);
    assertThat(sameLabelAsQ3.compareTo(Q3)).isNotZero();
    assertThat(Q3.compareTo(WIKIMEDIA.quarter(2020, 3))).isZero();
  }

  @Test
  void equalsAndHashCode_compareKindDatesLabelAndCalendar() {
    new EqualsTester()
        .addEqualityGroup(Q3, WIKIMEDIA.quarter(2020, 3), WIKIMEDIA.parse("FY2019/20 Q3"))
        .addEqualityGroup(Period.between(Q3.start(), Q3.endExclusive(), Q3.label()))
        .addEqualityGroup(Period.between(Q3.start(), Q3.endExclusive()))
        .addEqualityGroup(
            FiscalCalendar.calendarYears().fiscalYear(2020),
            FiscalCalendar.startingIn(Month.JANUARY).fiscalYear(2020))
        .addEqualityGroup(Period.calendarYear(2020))
        .addEqualityGroup(Period.of(YearMonth.of(2020, 1)))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() throws NoSuchMethodException {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, day(2020, 2, 16))
            .setDefault(YearMonth.class, YearMonth.of(2020, 2))
            .setDefault(Clock.class, Clock.systemUTC())
            .setDefault(Period.class, Q3)
            // The tester passes the same day as start and end, an empty range; see below.
            .ignore(
                Period.class.getMethod("between", LocalDate.class, LocalDate.class, String.class));
    tester.testAllPublicStaticMethods(Period.class);
    tester.testAllPublicStaticMethods(Period.Kind.class);
    tester.testAllPublicInstanceMethods(Q3);
    tester.testAllPublicInstanceMethods(Period.between(day(2020, 1, 1), day(2020, 2, 1)));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void between_withALabel_refusesNulls() {
    LocalDate start = day(2020, 1, 1);
    LocalDate end = day(2020, 2, 1);
    assertThatThrownBy(() -> Period.between(null, end, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period start must not be null");
    assertThatThrownBy(() -> Period.between(start, null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period end must not be null");
    assertThatThrownBy(() -> Period.between(start, end, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period label must not be null");
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Period.class);
  }

  @Test
  void of_lastMonthJavaTimeCanHold_isRefusedWithAClearMessage() {
    // Found by probing: Period.of(YearMonth.of(999999999, 12)) threw DateTimeException from
    // plusMonths.
    assertThatThrownBy(() -> Period.of(YearMonth.of(999_999_999, 12)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("month (999999999-12) must lie within 0001-01-01..9999-12-31");
    assertThatThrownBy(() -> Period.of(YearMonth.of(9999, 12)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.of(YearMonth.of(0, 12)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_firstAndLastAcceptedMonths() {
    assertThat(Period.of(YearMonth.of(1, 1)).start()).isEqualTo(Period.MIN_START);
    assertThat(Period.of(YearMonth.of(9999, 11)).endExclusive()).isEqualTo(day(9999, 12, 1));
  }

  @Test
  void between_outsideFourDigitYears_isRefused() {
    assertThatThrownBy(() -> Period.between(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period 0000-01-01..9999-12-31 must lie within 0001-01-01..9999-12-31");
    assertThatThrownBy(() -> Period.between(LocalDate.of(2019, 1, 1), LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Period.between(Period.MIN_START, Period.MAX_END).lengthInDays())
        .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(Period.MIN_START, Period.MAX_END));
  }

  @Test
  void hashCode_spreadsUnequalPeriods() {
    assertHashesSpread(
        Q3,
        Period.between(Q3.start(), Q3.endExclusive()),
        Period.calendarYear(2020),
        Period.of(YearMonth.of(2020, 1)));
  }
}
