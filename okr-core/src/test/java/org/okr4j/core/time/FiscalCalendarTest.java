package org.okr4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalCalendarTest {
  /** Wikimedia's fiscal year starts on 1 July. */
  private static final FiscalCalendar WIKIMEDIA = FiscalCalendar.startingIn(Month.JULY);

  @Test
  void fiscalYear_isNamedByTheYearItEndsIn() {
    Period fy = WIKIMEDIA.fiscalYear(2020);
    assertThat(fy.start()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(fy.endExclusive()).isEqualTo(LocalDate.of(2020, 7, 1));
    assertThat(fy.label()).isEqualTo("FY2019/20");
    assertThat(fy.kind()).isEqualTo(Period.Kind.FISCAL_YEAR);
    assertThat(fy.fiscalYear()).contains(2020);
    assertThat(fy.quarter()).isEmpty();
    assertThat(fy.fiscalCalendar()).contains(WIKIMEDIA);
    assertThat(fy.lengthInDays()).isEqualTo(366);
  }

  @Test
  void quarter3OfFy2019_20_isJanuaryToMarch2020() {
    Period q3 = WIKIMEDIA.quarter(2020, 3);
    assertThat(q3.start()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(q3.endExclusive()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(q3.label()).isEqualTo("FY2019/20 Q3");
    assertThat(q3.kind()).isEqualTo(Period.Kind.FISCAL_QUARTER);
    assertThat(q3.fiscalYear()).contains(2020);
    assertThat(q3.quarter()).contains(3);
    assertThat(q3).hasToString("FY2019/20 Q3 [2020-01-01, 2020-04-01)");
  }

  @Test
  void quarters_ofFy2019_20() {
    assertThat(WIKIMEDIA.quarter(2020, 1).start()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(WIKIMEDIA.quarter(2020, 2).start()).isEqualTo(LocalDate.of(2019, 10, 1));
    assertThat(WIKIMEDIA.quarter(2020, 4).start()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(WIKIMEDIA.quarter(2020, 4).endExclusive()).isEqualTo(LocalDate.of(2020, 7, 1));
  }

  @Test
  void fiscalYearOf_aroundTheStartMonth() {
    assertThat(WIKIMEDIA.fiscalYearOf(LocalDate.of(2019, 6, 30))).isEqualTo(2019);
    assertThat(WIKIMEDIA.fiscalYearOf(LocalDate.of(2019, 7, 1))).isEqualTo(2020);
    assertThat(WIKIMEDIA.fiscalYearOf(LocalDate.of(2020, 2, 16))).isEqualTo(2020);
    assertThat(WIKIMEDIA.fiscalYearOf(LocalDate.of(2019, 12, 31))).isEqualTo(2020);
    assertThat(FiscalCalendar.calendarYears().fiscalYearOf(LocalDate.of(2019, 12, 31)))
        .isEqualTo(2019);
  }

  @Test
  void quarterContaining_aDay() {
    assertThat(WIKIMEDIA.quarterContaining(LocalDate.of(2020, 2, 16)))
        .isEqualTo(WIKIMEDIA.quarter(2020, 3));
    assertThat(WIKIMEDIA.quarterContaining(LocalDate.of(2019, 7, 1)))
        .isEqualTo(WIKIMEDIA.quarter(2020, 1));
    assertThat(WIKIMEDIA.quarterContaining(LocalDate.of(2019, 6, 30)))
        .isEqualTo(WIKIMEDIA.quarter(2019, 4));
    assertThat(WIKIMEDIA.quarterContaining(LocalDate.of(2020, 3, 31)))
        .isEqualTo(WIKIMEDIA.quarter(2020, 3));
    assertThat(WIKIMEDIA.quarterContaining(LocalDate.of(2020, 4, 1)))
        .isEqualTo(WIKIMEDIA.quarter(2020, 4));
  }

  @Test
  void calendarYears_areLabelledWithOneYear() {
    FiscalCalendar calendar = FiscalCalendar.calendarYears();
    assertThat(calendar.firstMonth()).isEqualTo(Month.JANUARY);
    Period fy = calendar.fiscalYear(2020);
    assertThat(fy.label()).isEqualTo("FY2020");
    assertThat(fy.start()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(fy.endExclusive()).isEqualTo(LocalDate.of(2021, 1, 1));
    Period q2 = calendar.quarter(2020, 2);
    assertThat(q2.label()).isEqualTo("FY2020 Q2");
    assertThat(q2.start()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(calendar.quarterContaining(LocalDate.of(2020, 12, 31)))
        .isEqualTo(calendar.quarter(2020, 4));
  }

  @Test
  void startingInJanuary_isTheCalendarYearCalendar() {
    assertThat(FiscalCalendar.startingIn(Month.JANUARY)).isSameAs(FiscalCalendar.calendarYears());
  }

  @Test
  void labels_ofTheCenturyTurn() {
    assertThat(WIKIMEDIA.fiscalYear(2000).label()).isEqualTo("FY1999/00");
    assertThat(WIKIMEDIA.parse("FY1999/00")).isEqualTo(WIKIMEDIA.fiscalYear(2000));
    assertThat(WIKIMEDIA.fiscalYear(2010).label()).isEqualTo("FY2009/10");
  }

  @Test
  void parse_labelsItPrints() {
    assertThat(WIKIMEDIA.parse("FY2019/20 Q3")).isEqualTo(WIKIMEDIA.quarter(2020, 3));
    assertThat(WIKIMEDIA.parse(" FY2019/20 ")).isEqualTo(WIKIMEDIA.fiscalYear(2020));
    assertThat(FiscalCalendar.calendarYears().parse("FY2020 Q1"))
        .isEqualTo(FiscalCalendar.calendarYears().quarter(2020, 1));
  }

  @Test
  void parse_shortFormNamesTheYearItEndsIn() {
    assertThat(WIKIMEDIA.parse("FY2020 Q3")).isEqualTo(WIKIMEDIA.quarter(2020, 3));
    assertThat(WIKIMEDIA.parse("FY2020")).isEqualTo(WIKIMEDIA.fiscalYear(2020));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q3 FY20", "FY20", "fy2020", "FY2019/2020", "FY2020 Q5", "FY2020Q3", ""})
  void parse_otherForms_areRefusedQuotingTheLabel(String label) {
    assertThatThrownBy(() -> WIKIMEDIA.parse(label))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period label (\"%s\") must look like \"FY2019/20 Q3\" or \"FY2020\"", label.strip());
  }

  @Test
  void parse_twoYearLabelThatDoesNotFollow_isRefused() {
    assertThatThrownBy(() -> WIKIMEDIA.parse("FY2019/21 Q1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period label (\"FY2019/21 Q1\") does not match this calendar, which calls that year"
                + " \"FY2019/20\"");
    assertThatThrownBy(() -> FiscalCalendar.calendarYears().parse("FY2019/20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period label (\"FY2019/20\") does not match this calendar, which calls that year"
                + " \"FY2020\"");
  }

  @Test
  void outOfRangeYearsAndQuarters_areRefused() {
    assertThatThrownBy(() -> WIKIMEDIA.fiscalYear(1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fiscal year (1000) must be within 1001..9998");
    assertThatThrownBy(() -> WIKIMEDIA.quarter(9999, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fiscal year (9999) must be within 1001..9998");
    assertThatThrownBy(() -> WIKIMEDIA.quarter(2020, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter (0) must be within 1..4");
    assertThatThrownBy(() -> WIKIMEDIA.quarter(2020, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter (5) must be within 1..4");
    assertThatThrownBy(() -> WIKIMEDIA.parse("FY0999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fiscal year (999) must be within 1001..9998");
    assertThat(WIKIMEDIA.fiscalYear(1001).start()).isEqualTo(LocalDate.of(1000, 7, 1));
    assertThat(WIKIMEDIA.fiscalYear(9998).endExclusive()).isEqualTo(LocalDate.of(9998, 7, 1));
  }

  @Test
  void equalsHashCodeAndToString() {
    new EqualsTester()
        .addEqualityGroup(WIKIMEDIA, FiscalCalendar.startingIn(Month.JULY))
        .addEqualityGroup(FiscalCalendar.calendarYears(), FiscalCalendar.startingIn(Month.JANUARY))
        .addEqualityGroup(FiscalCalendar.startingIn(Month.APRIL))
        .testEquals();
    assertThat(WIKIMEDIA).hasToString("fiscal year starting in JULY");
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2020, 2, 16));
    tester.testAllPublicStaticMethods(FiscalCalendar.class);
    tester.testAllPublicInstanceMethods(WIKIMEDIA);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(FiscalCalendar.class);
  }

  @Test
  void yearToDate_fiscalYearOutsideTheRange_isRefused() {
    FiscalCalendar july = FiscalCalendar.startingIn(Month.JULY);
    assertThatThrownBy(() -> july.yearToDate(1000, LocalDate.of(1000, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fiscal year (1000) must be within 1001..9998");
  }

  @Test
  void hashCode_differsForEachFirstMonth() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (Month m : Month.values()) {
      hashes.add(FiscalCalendar.startingIn(m).hashCode());
    }
    assertThat(hashes).hasSize(12);
  }
}
