package org.okr4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.GeneratorCoverage;

class PeriodProperties {

  @Provide
  Arbitrary<Period> periods() {
    Arbitrary<LocalDate> starts =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(starts, Arbitraries.integers().between(1, 800))
        .as((start, days) -> Period.between(start, start.plusDays(days)));
  }

  private static String where(Period period, LocalDate date) {
    if (date.isBefore(period.start())) {
      return "before";
    }
    if (date.equals(period.start())) {
      return "first day";
    }
    return period.contains(date) ? "inside" : "from the end";
  }

  @Property
  void fractionElapsed_isMonotoneAndWithinZeroAndOne(
      @ForAll("periods") Period period,
      @ForAll @IntRange(min = -100, max = 900) int offsetA,
      @ForAll @IntRange(min = 0, max = 400) int step) {
    LocalDate a = period.start().plusDays(offsetA);
    LocalDate b = a.plusDays(step);
    Rational fa = period.fractionElapsed(a);
    Rational fb = period.fractionElapsed(b);
    GeneratorCoverage.label("where").collect(where(period, a));
    assertThat(fa.compareTo(fb)).isLessThanOrEqualTo(0);
    for (Rational f : List.of(fa, fb)) {
      assertThat(f.signum()).isGreaterThanOrEqualTo(0);
      assertThat(f.compareTo(Rational.ONE)).isLessThanOrEqualTo(0);
    }
    assertThat(fa.isZero()).isEqualTo(!a.isAfter(period.start()));
    assertThat(fa.equals(Rational.ONE)).isEqualTo(!a.isBefore(period.endExclusive()));
    if (period.contains(a)) {
      long elapsed = ChronoUnit.DAYS.between(period.start(), a);
      assertThat(fa).isEqualTo(Rational.of(elapsed, period.lengthInDays()));
    }
    GeneratorCoverage.label("where")
        .coverage(
            c -> {
              c.check("before").percentage(p -> p > 1.5);
              c.check("first day").count(n -> n > 0);
              c.check("inside").percentage(p -> p > 10);
              c.check("from the end").percentage(p -> p > 5);
            });
  }

  @Provide
  Arbitrary<Period> lookalikes() {
    // Periods that share dates and often labels, differing in kind or calendar.
    FiscalCalendar january = FiscalCalendar.calendarYears();
    FiscalCalendar july = FiscalCalendar.startingIn(Month.JULY);
    return Arbitraries.integers()
        .between(2019, 2020)
        .flatMap(
            y ->
                Arbitraries.of(
                    Period.calendarYear(y),
                    january.fiscalYear(y),
                    Period.between(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1)),
                    Period.between(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), "" + y),
                    Period.between(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), "FY" + y),
                    july.quarter(y, 3),
                    january.quarter(y, 1),
                    Period.of(YearMonth.of(y, 1)),
                    Period.between(
                        LocalDate.of(y, 1, 1), LocalDate.of(y, 4, 1), "FY" + y + " Q1")));
  }

  @Property
  void compareTo_isConsistentWithEqualsAndAntisymmetric(
      @ForAll("lookalikes") Period a, @ForAll("lookalikes") Period b) {
    GeneratorCoverage.label("equal").collect(a.equals(b));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
    GeneratorCoverage.label("equal").coverage(c -> c.check(true).percentage(p -> p > 1.5));
  }
}
