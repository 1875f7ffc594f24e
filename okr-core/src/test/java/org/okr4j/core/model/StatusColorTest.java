package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusColorTest {
  private static final EnumSet<StatusColor> COLORS =
      EnumSet.of(StatusColor.RED, StatusColor.YELLOW, StatusColor.GREEN);
  private static final List<StatusColor> WORST_FIRST =
      List.of(StatusColor.RED, StatusColor.YELLOW, StatusColor.GREEN);

  @Test
  void rank_ordersRedYellowGreen() {
    assertThat(StatusColor.RED.rank()).isZero();
    assertThat(StatusColor.YELLOW.rank()).isEqualTo(1);
    assertThat(StatusColor.GREEN.rank()).isEqualTo(2);
    assertThat(StatusColor.NONE.rank()).isEqualTo(-1);
    assertThat(StatusColor.UNKNOWN.rank()).isEqualTo(-1);
  }

  @Test
  void isColor_onlyForRedYellowGreen() {
    for (StatusColor c : StatusColor.values()) {
      assertThat(c.isColor()).as("%s", c).isEqualTo(COLORS.contains(c));
    }
  }

  @Test
  void isWorseThan_examples() {
    assertThat(StatusColor.RED.isWorseThan(StatusColor.YELLOW)).isTrue();
    assertThat(StatusColor.YELLOW.isWorseThan(StatusColor.GREEN)).isTrue();
    assertThat(StatusColor.RED.isWorseThan(StatusColor.GREEN)).isTrue();
    assertThat(StatusColor.GREEN.isWorseThan(StatusColor.RED)).isFalse();
    assertThat(StatusColor.YELLOW.isWorseThan(StatusColor.YELLOW)).isFalse();
    assertThat(StatusColor.NONE.isWorseThan(StatusColor.GREEN)).isFalse();
    assertThat(StatusColor.RED.isWorseThan(StatusColor.UNKNOWN)).isFalse();
  }

  /** Every pair against an oracle: only colours compare, by rank. */
  @Test
  void isWorseThanAndWorst_everyPair() {
    for (StatusColor a : StatusColor.values()) {
      for (StatusColor b : StatusColor.values()) {
        boolean bothColors = COLORS.contains(a) && COLORS.contains(b);
        assertThat(a.isWorseThan(b))
            .as("%s worse than %s", a, b)
            .isEqualTo(bothColors && WORST_FIRST.indexOf(a) < WORST_FIRST.indexOf(b));
        StatusColor expectedWorst;
        if (!COLORS.contains(b)) {
          expectedWorst = a;
        } else if (!COLORS.contains(a)) {
          expectedWorst = b;
        } else {
          expectedWorst = WORST_FIRST.indexOf(a) <= WORST_FIRST.indexOf(b) ? a : b;
        }
        assertThat(a.worst(b)).as("worst of %s and %s", a, b).isEqualTo(expectedWorst);
      }
    }
  }

  @Test
  void worst_prefersAColourToNoneOrUnknown() {
    assertThat(StatusColor.NONE.worst(StatusColor.GREEN)).isEqualTo(StatusColor.GREEN);
    assertThat(StatusColor.YELLOW.worst(StatusColor.UNKNOWN)).isEqualTo(StatusColor.YELLOW);
    assertThat(StatusColor.NONE.worst(StatusColor.UNKNOWN)).isEqualTo(StatusColor.NONE);
    assertThat(StatusColor.GREEN.worst(StatusColor.RED)).isEqualTo(StatusColor.RED);
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(StatusColor.class);
    for (StatusColor c : StatusColor.values()) {
      tester.testAllPublicInstanceMethods(c);
    }
  }
}
