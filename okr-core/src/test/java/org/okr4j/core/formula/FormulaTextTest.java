package org.okr4j.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.formula.FormulaText.Text;
import org.okr4j.core.model.ChangeMeasure;

/**
 * The formulas' text as the class javadoc specifies it: a leading hyphen-minus becomes a minus sign
 * (U+2212), a negative number after an operator goes in parentheses, and a relative change from a
 * negative old value divides by its magnitude.
 */
class FormulaTextTest {
  @Test
  void change_relative_toolMaintainers_inPercent() {
    assertThat(FormulaText.change(ChangeMeasure.RELATIVE, false, "1880", "1919", "", true))
        .isEqualTo(new Text("(new − old) / old × 100", "(1919 − 1880) / 1880 × 100"));
  }

  @Test
  void change_relative_fromANegativeOldValue_dividesByItsMagnitude() {
    // The class javadoc's example: a loss narrowing from −57.0 to −40.3.
    assertThat(FormulaText.change(ChangeMeasure.RELATIVE, false, "-57.0", "-40.3", "", true))
        .isEqualTo(new Text("(new − old) / |old| × 100", "(−40.3 − (−57.0)) / |−57.0| × 100"));
  }

  @Test
  void change_relative_fromANegativeFraction_dividesByItsMagnitude() {
    assertThat(FormulaText.change(ChangeMeasure.RELATIVE, false, "(-1/3)", "1", "", false))
        .isEqualTo(new Text("(new − old) / |old|", "(1 − (−1/3)) / |(−1/3)|"));
  }

  @Test
  void change_relative_flipped_readsOldMinusNew_withoutPercent() {
    assertThat(FormulaText.change(ChangeMeasure.RELATIVE, true, "19", "18", "", false))
        .isEqualTo(new Text("(old − new) / old", "(19 − 18) / 19"));
  }

  @Test
  void change_percentagePoints_isTheDifference() {
    assertThat(FormulaText.change(ChangeMeasure.PERCENTAGE_POINTS, false, "0", "11.9", "", true))
        .isEqualTo(new Text("new − old", "11.9 − 0"));
    assertThat(FormulaText.change(ChangeMeasure.PERCENTAGE_POINTS, true, "4.76", "-2", "", true))
        .isEqualTo(new Text("old − new", "4.76 − (−2)"));
  }

  @Test
  void change_scalePoints_dividesByTheScale() {
    assertThat(FormulaText.change(ChangeMeasure.SCALE_POINTS, false, "3.8", "3.4", "5", true))
        .isEqualTo(new Text("(new − old) / 5 × 100", "(3.4 − 3.8) / 5 × 100"));
  }

  @Test
  void applyChange_relative_fromAPositiveBase() {
    assertThat(FormulaText.applyChange(ChangeMeasure.RELATIVE, "19", "-2", "scale", "5"))
        .isEqualTo(new Text("baseline × (1 + change / 100)", "19 × (1 + (−2) / 100)"));
  }

  @Test
  void applyChange_relative_fromANegativeBase_movesByItsMagnitude() {
    assertThat(FormulaText.applyChange(ChangeMeasure.RELATIVE, "-57", "10", "scale", "5"))
        .isEqualTo(new Text("baseline + |baseline| × change / 100", "−57 + |−57| × 10 / 100"));
    assertThat(FormulaText.applyChange(ChangeMeasure.RELATIVE, "(-1/3)", "10", "scale", "5"))
        .isEqualTo(
            new Text("baseline + |baseline| × change / 100", "(−1/3) + |(−1/3)| × 10 / 100"));
  }

  @Test
  void applyChange_percentagePointsAndScalePoints() {
    assertThat(FormulaText.applyChange(ChangeMeasure.PERCENTAGE_POINTS, "4.76", "7.14", "s", "5"))
        .isEqualTo(new Text("baseline + change", "4.76 + 7.14"));
    assertThat(FormulaText.applyChange(ChangeMeasure.SCALE_POINTS, "3.8", "-8", "scale", "5"))
        .isEqualTo(new Text("baseline + change / 100 × scale", "3.8 + (−8) / 100 × 5"));
  }

  @Test
  void quotient_withAndWithoutPercent() {
    assertThat(FormulaText.quotient("part", "whole", "5", "4", true))
        .isEqualTo(new Text("part / whole × 100", "5 / 4 × 100"));
    assertThat(FormulaText.quotient("new", "old", "-5", "-4", false))
        .isEqualTo(new Text("new / old", "−5 / (−4)"));
  }

  @Test
  void sum_andMean_writeEveryTerm() {
    assertThat(FormulaText.sum(List.of("1", "-2", "3"), false))
        .isEqualTo(new Text("a + b + …", "1 + (−2) + 3"));
    assertThat(FormulaText.sum(List.of("-1", "2"), true))
        .isEqualTo(new Text("(a + b + …) / n", "(−1 + 2) / 2"));
    assertThat(FormulaText.sum(List.of("7"), true))
        .isEqualTo(new Text("(a + b + …) / n", "(7) / 1"));
  }

  @Test
  void restatement_isTheValue() {
    assertThat(FormulaText.restatement("-5")).isEqualTo(new Text("value", "−5"));
  }

  @Test
  void minus_writesANegativeSubtrahendInParentheses() {
    assertThat(FormulaText.minus("-40.3", "-57.0")).isEqualTo("−40.3 − (−57.0)");
    assertThat(FormulaText.minus("3", "2")).isEqualTo("3 − 2");
  }

  @Test
  void leading_replacesOnlyALeadingHyphenMinus() {
    assertThat(FormulaText.leading("-57.0")).isEqualTo("−57.0");
    assertThat(FormulaText.leading("(-1/3)")).isEqualTo("(−1/3)");
    assertThat(FormulaText.leading("(1/3)")).isEqualTo("(1/3)");
    assertThat(FormulaText.leading("5-3")).isEqualTo("5-3");
  }

  @Test
  void operand_parenthesisesOnlyABareNegativeNumber() {
    assertThat(FormulaText.operand("-57.0")).isEqualTo("(−57.0)");
    assertThat(FormulaText.operand("(-1/3)")).isEqualTo("(−1/3)");
    assertThat(FormulaText.operand("57.0")).isEqualTo("57.0");
  }

  @Test
  void isNegative_readsAMinusOrAParenthesisedMinus() {
    assertThat(FormulaText.isNegative("-1")).isTrue();
    assertThat(FormulaText.isNegative("(-1/3)")).isTrue();
    assertThat(FormulaText.isNegative("1")).isFalse();
    assertThat(FormulaText.isNegative("(1/3)")).isFalse();
    assertThat(FormulaText.isNegative("")).isFalse();
  }
}
