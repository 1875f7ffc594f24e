package org.okr4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.testing.GeneratorCoverage;

class FiscalCalendarProperties {

  @Provide
  Arbitrary<LocalDate> dates() {
    // Days whose fiscal year, under any start month, is within 1001..9998.
    long first = LocalDate.of(1001, 1, 1).toEpochDay();
    long last = LocalDate.of(9997, 12, 31).toEpochDay();
    return Arbitraries.oneOf(
        Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay),
        // Month ends, leap days and year ends, where off-by-one errors live.
        Arbitraries.integers()
            .between(1001, 9997)
            .flatMap(
                y ->
                    Arbitraries.of(
                        LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 2, 28),
                        LocalDate.of(y, 3, 1),
                        LocalDate.of(y, 12, 31),
                        LocalDate.of(y, 6, 30),
                        LocalDate.of(y, 7, 1))));
  }

  @Property
  void quarters_tileTheFiscalYearWithoutGaps(
      @ForAll Month firstMonth, @ForAll @IntRange(min = 1001, max = 9998) int year) {
    FiscalCalendar calendar = FiscalCalendar.startingIn(firstMonth);
    Period fy = calendar.fiscalYear(year);
    assertThat(fy.start())
        .isEqualTo(LocalDate.of(firstMonth == Month.JANUARY ? year : year - 1, firstMonth, 1));
    assertThat(fy.endExclusive()).isEqualTo(fy.start().plusYears(1));
    assertThat(fy.endExclusive().minusDays(1).getYear()).isEqualTo(year);
    LocalDate expectedStart = fy.start();
    long days = 0;
    for (int q = 1; q <= 4; q++) {
      Period quarter = calendar.quarter(year, q);
      assertThat(quarter.start()).isEqualTo(expectedStart);
      assertThat(quarter.fiscalYear()).contains(year);
      assertThat(quarter.quarter()).contains(q);
      assertThat(quarter.lengthInDays()).isBetween(89L, 92L);
      days += quarter.lengthInDays();
      expectedStart = quarter.endExclusive();
    }
    assertThat(expectedStart).isEqualTo(fy.endExclusive());
    assertThat(days).isEqualTo(fy.lengthInDays());
    GeneratorCoverage.label("first month").collect(firstMonth);
    GeneratorCoverage.label("first month")
        .coverage(
            c -> {
              for (Month m : Month.values()) {
                c.check(m).count(n -> n > 0);
              }
            });
  }

  @Property
  void quarterContaining_containsTheDay(@ForAll Month firstMonth, @ForAll("dates") LocalDate date) {
    FiscalCalendar calendar = FiscalCalendar.startingIn(firstMonth);
    Period quarter = calendar.quarterContaining(date);
    assertThat(quarter.contains(date)).as("%s contains %s", quarter, date).isTrue();
    int year = calendar.fiscalYearOf(date);
    assertThat(quarter.fiscalYear()).contains(year);
    assertThat(calendar.fiscalYear(year).contains(date)).isTrue();
    assertThat(calendar.fiscalYear(year).endExclusive().minusDays(1).getYear()).isEqualTo(year);
    GeneratorCoverage.label("quarter").collect(quarter.quarter().orElseThrow());
    GeneratorCoverage.label("quarter")
        .coverage(
            c -> {
              for (int q = 1; q <= 4; q++) {
                c.check(q).percentage(p -> p > 5);
              }
            });
  }

  @Property
  void parse_readsBackEveryLabel(
      @ForAll Month firstMonth,
      @ForAll @IntRange(min = 1001, max = 9998) int year,
      @ForAll @IntRange(min = 0, max = 4) int quarter) {
    FiscalCalendar calendar = FiscalCalendar.startingIn(firstMonth);
    Period period = quarter == 0 ? calendar.fiscalYear(year) : calendar.quarter(year, quarter);
    assertThat(calendar.parse(period.label())).isEqualTo(period);
    String shortLabel = "FY" + year + (quarter == 0 ? "" : " Q" + quarter);
    assertThat(calendar.parse(shortLabel)).isEqualTo(period);
  }
}
