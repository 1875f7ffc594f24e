package org.okr4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AsOfTest {
  private static final Period JUNE_2019 = Period.of(YearMonth.of(2019, 6));

  @Test
  void period_isLabelledWithThePeriodsLabel() {
    AsOf asOf = AsOf.period(JUNE_2019);
    assertThat(asOf.period()).contains(JUNE_2019);
    assertThat(asOf.date()).isEmpty();
    assertThat(asOf.label()).isEqualTo("2019-06");
    assertThat(asOf).hasToString("2019-06");
  }

  @Test
  void date_isLabelledWithTheIsoDate() {
    AsOf asOf = AsOf.date(LocalDate.of(2020, 4, 1));
    assertThat(asOf.date()).contains(LocalDate.of(2020, 4, 1));
    assertThat(asOf.period()).isEmpty();
    assertThat(asOf.label()).isEqualTo("2020-04-01");
  }

  @Test
  void label_keepsTheWordsStripped() {
    AsOf asOf = AsOf.label("  in the month of July ");
    assertThat(asOf.label()).isEqualTo("in the month of July");
    assertThat(asOf.period()).isEmpty();
    assertThat(asOf.date()).isEmpty();
  }

  @Test
  void label_blank_throws() {
    assertThatThrownBy(() -> AsOf.label("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("as-of label (\"  \") must not be blank");
  }

  @Test
  void equalsAndHashCode_distinguishHowTheMomentWasGiven() {
    new EqualsTester()
        .addEqualityGroup(AsOf.period(JUNE_2019), AsOf.period(Period.of(YearMonth.of(2019, 6))))
        .addEqualityGroup(AsOf.label("2019-06"), AsOf.label(" 2019-06"))
        .addEqualityGroup(AsOf.date(LocalDate.of(2019, 6, 1)))
        .addEqualityGroup(AsOf.label("2019-06-01"))
        .addEqualityGroup(AsOf.period(Period.calendarYear(2019)))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Period.class, JUNE_2019)
            .setDefault(LocalDate.class, LocalDate.of(2019, 6, 1));
    tester.testAllPublicStaticMethods(AsOf.class);
    tester.testAllPublicInstanceMethods(AsOf.period(JUNE_2019));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(AsOf.class);
  }

  @Test
  void hashCode_spreadsUnequalMoments() {
    assertHashesSpread(
        AsOf.period(JUNE_2019),
        AsOf.label("2019-06"),
        AsOf.date(LocalDate.of(2019, 6, 1)),
        AsOf.period(Period.calendarYear(2019)));
  }
}
