package org.okr4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.quantity.UnitMismatchException;

class ParsedFigureTest {
  private static final Quantity FIVE = Quantity.exact(5, Unit.percent());
  private static final Quantity TEN = Quantity.exact(10, Unit.percent());

  @Test
  void plainFigure() {
    ParsedFigure f = ParsedFigure.of("5%", FIVE);
    assertThat(f.isPlain()).isTrue();
    assertThat(f.isRange()).isFalse();
    assertThat(f.comparison()).isEqualTo(Comparison.EQUAL);
  }

  @Test
  void rangeAndComparisonAreNotPlain() {
    assertThat(new ParsedFigure("5-10%", FIVE, Optional.of(TEN), Comparison.EQUAL, false).isPlain())
        .isFalse();
    assertThat(new ParsedFigure("5-5%", FIVE, Optional.of(FIVE), Comparison.EQUAL, false).isRange())
        .isTrue();
    assertThat(new ParsedFigure("~5%", FIVE, Optional.empty(), Comparison.EQUAL, true).isPlain())
        .isFalse();
    assertThat(
            new ParsedFigure("<5%", FIVE, Optional.empty(), Comparison.LESS_THAN, false).isPlain())
        .isFalse();
  }

  @Test
  void badRanges_areRefused() {
    assertThatThrownBy(
            () -> new ParsedFigure("10-5", TEN, Optional.of(FIVE), Comparison.EQUAL, false))
        .hasMessage("range end (5% (exact)) must not be below its start (10% (exact))");
    assertThatThrownBy(
            () ->
                new ParsedFigure(
                    "5-10",
                    FIVE,
                    Optional.of(Quantity.exact(10, Unit.days())),
                    Comparison.EQUAL,
                    false))
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> ParsedFigure.of(" ", FIVE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparisonSymbols() {
    assertThat(Comparison.EQUAL.symbol()).isEmpty();
    assertThat(Comparison.LESS_THAN.symbol()).isEqualTo("<");
    assertThat(Comparison.AT_MOST.symbol()).isEqualTo("\u2264");
    assertThat(Comparison.GREATER_THAN.symbol()).isEqualTo(">");
    assertThat(Comparison.AT_LEAST.symbol()).isEqualTo("\u2265");
  }
}
