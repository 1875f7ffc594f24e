package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class UnitMismatchExceptionTest {

  @Test
  void message_namesBothUnits() {
    UnitMismatchException e = new UnitMismatchException(Unit.days(), Unit.percent());
    assertThat(e)
        .hasMessage("Units differ: days/percent")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(e.first()).isEqualTo(Unit.days());
    assertThat(e.second()).isEqualTo(Unit.percent());
  }

  @Test
  void message_namesCountedNounsAndScores() {
    assertThat(new UnitMismatchException(Unit.count("tools"), Unit.count("maintainers")))
        .hasMessage("Units differ: count of tools/count of maintainers");
    assertThat(new UnitMismatchException(Unit.scoreOutOf(5), Unit.ratio()))
        .hasMessage("Units differ: score/5/ratio");
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    new NullPointerTester()
        .setDefault(Unit.class, Unit.count())
        .testAllPublicConstructors(UnitMismatchException.class);
  }
}
