package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.core.testing.CalcTesting;

class CadenceTest {
  private static final LocalDate END_OF_Q3 = LocalDate.of(2020, 4, 1);

  @Test
  void quarterlyWithFourteenDaysGrace_outdatedFromTheFifteenthDayAfterItIsDue() {
    Cadence c = Cadence.quarterly().withGraceDays(14);
    assertThat(c.every()).isEqualTo(Cadence.Every.QUARTER);
    assertThat(c.graceDays()).isEqualTo(14);
    assertThat(c.dueAfter(END_OF_Q3)).isEqualTo(LocalDate.of(2020, 7, 1));
    assertThat(c.outdatedFrom(END_OF_Q3)).isEqualTo(LocalDate.of(2020, 7, 15));
    assertThat(c.isOutdated(END_OF_Q3, LocalDate.of(2020, 7, 14))).isFalse();
    assertThat(c.isOutdated(END_OF_Q3, LocalDate.of(2020, 7, 15))).isTrue();
  }

  @Test
  void weeklyAndMonthly_noGrace() {
    assertThat(Cadence.weekly().outdatedFrom(END_OF_Q3)).isEqualTo(LocalDate.of(2020, 4, 8));
    assertThat(Cadence.monthly().outdatedFrom(END_OF_Q3)).isEqualTo(LocalDate.of(2020, 5, 1));
    // A month after 31 January 2020 is 29 February.
    assertThat(Cadence.monthly().dueAfter(LocalDate.of(2020, 1, 31)))
        .isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(Cadence.weekly().graceDays()).isZero();
    assertThat(Cadence.weekly().isOutdated(END_OF_Q3, LocalDate.of(2020, 4, 7))).isFalse();
  }

  @Test
  void negativeGrace_isRefused() {
    assertThatThrownBy(() -> Cadence.of(Cadence.Every.WEEK, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grace days (-1) must be >= 0");
    assertThat(Cadence.of(Cadence.Every.WEEK, 0)).isEqualTo(Cadence.weekly());
  }

  @Test
  void equalsHashCodeToString() {
    new EqualsTester()
        .addEqualityGroup(Cadence.monthly(), Cadence.of(Cadence.Every.MONTH, 0))
        .addEqualityGroup(Cadence.monthly().withGraceDays(3))
        .addEqualityGroup(Cadence.quarterly())
        .testEquals();
    assertThat(Cadence.quarterly().withGraceDays(14)).hasToString("every QUARTER, 14 days' grace");
  }

  @Test
  void nulls_andImmutability() {
    new NullPointerTester().testAllPublicStaticMethods(Cadence.class);
    new NullPointerTester().testAllPublicInstanceMethods(Cadence.weekly());
    CalcTesting.assertImmutableClass(Cadence.class);
  }

  @Test
  void hashCode_spreadsUnequalCadences() {
    assertHashesSpread(
        Cadence.monthly(),
        Cadence.monthly().withGraceDays(3),
        Cadence.quarterly(),
        Cadence.weekly());
  }
}
