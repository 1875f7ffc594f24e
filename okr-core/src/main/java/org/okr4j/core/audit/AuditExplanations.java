package org.okr4j.core.audit;

import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;

/** The words of the audit's findings: how a figure was recomputed and why the verdict. */
final class AuditExplanations {
  private static final int EXTRA_DECIMALS = 4;

  private AuditExplanations() {}

  static Explanation matched(
      AuditedFigure figure,
      Search.Match best,
      Verdict verdict,
      List<Interpretation> others,
      @Nullable Reading claimedReading,
      @Nullable Rational claimedNominal,
      @Nullable Interval claimedRange) {
    Quantity printed = figure.stated().value();
    String text = figure.stated().text();
    StringBuilder result = new StringBuilder(approx(best.value(), printed));
    switch (verdict) {
      case CONSISTENT -> {
        result.append(", which prints as ").append(text);
        if (best.mode() == RoundingMode.HALF_UP) {
          result.append(" rounded half up to ").append(stepText(printed));
        }
        result.append(": consistent");
      }
      case CONSISTENT_UNDER_ROUNDING -> {
        result
            .append("; rounded half up to ")
            .append(stepText(printed))
            .append(" that prints ")
            .append(roundedText(best.value(), printed))
            .append(", so ")
            .append(text)
            .append(others.isEmpty() ? " follows only under " : " follows under ")
            .append(best.mode())
            .append(" (")
            .append(Interpretation.describe(best.mode()))
            .append(")");
        appendAlso(result, others);
      }
      case CONSISTENT_AT_PRECISION_EDGE -> {
        result
            .append(", which prints as ")
            .append(roundedText(best.value(), printed))
            .append(" rounded half up to ")
            .append(stepText(printed))
            .append("; ")
            .append(text)
            .append(" follows ")
            .append(
                best.mode() == RoundingMode.HALF_UP || best.mode() == RoundingMode.UNNECESSARY
                    ? ""
                    : "under " + best.mode() + " ")
            .append("only with inputs at the edge of their stated precision (range ")
            .append(range(claimedRange, printed))
            .append(")");
        appendAlso(result, others);
      }
      default -> {
        result.append(", which prints as ").append(text);
        if (best.mode() != RoundingMode.HALF_UP && best.mode() != RoundingMode.UNNECESSARY) {
          result.append(" under ").append(best.mode());
        }
        result.append(": consistent only as ").append(best.reading().basis());
        if (best.withinPrecision()) {
          result.append(" with inputs within their stated precision");
        }
        if (claimedReading != null) {
          result.append("; as claimed (").append(claimedReading.basis()).append(") it is ");
          result.append(claimedNominal == null ? "undefined" : approx(claimedNominal, printed));
          if (claimedRange != null && !claimedRange.isPoint()) {
            result.append(", range ").append(range(claimedRange, printed));
          }
        }
      }
    }
    return Explanation.of(
        subjectOf(figure),
        best.reading().formulaText(),
        best.reading().substituted(),
        result.toString());
  }

  private static void appendAlso(StringBuilder result, List<Interpretation> others) {
    if (others.isEmpty()) {
      return;
    }
    result.append("; also consistent as ");
    for (int i = 0; i < others.size(); i++) {
      result.append(i == 0 ? "" : "; ").append(others.get(i).describe());
    }
  }

  static Explanation inconsistent(
      AuditedFigure figure,
      @Nullable Reading claimedReading,
      @Nullable Rational claimedNominal,
      @Nullable Interval claimedRange,
      boolean anyDefined) {
    Quantity printed = figure.stated().value();
    String formula = claimedReading == null ? "n/a" : claimedReading.formulaText();
    String substituted = claimedReading == null ? "inputs missing" : claimedReading.substituted();
    String result;
    if (!anyDefined) {
      result =
          claimedReading == null
              ? "not auditable: the inputs it derives from are not in the report"
              : "not auditable: the formula is undefined for these inputs";
    } else {
      String value = claimedNominal == null ? "undefined" : approx(claimedNominal, printed);
      result =
          value
              + "; inputs within their stated precision allow "
              + range(claimedRange, printed)
              + "; no basis or rounding the audit tried gives "
              + figure.stated().text()
              + ": inconsistent";
    }
    return Explanation.of(subjectOf(figure), formula, substituted, result);
  }

  private static String subjectOf(AuditedFigure figure) {
    return "audit of " + figure.location() + " figure \"" + figure.stated().text() + "\"";
  }

  private static int decimalsOf(Quantity printed) {
    return Math.max(0, printed.precision().decimalPlaces().orElse(0));
  }

  /** {@code "the nearest 1"}, {@code "the nearest 0.1"}, {@code "the nearest 5"}. */
  private static String stepText(Quantity printed) {
    return printed.precision().step().map(s -> "the nearest " + s.toPlainString()).orElse("exact");
  }

  /**
   * An exact value in the printed figure's unit, shown to a few more decimals than the figure:
   * exactly when that suffices, else rounded half even and marked with an ellipsis.
   */
  static String approx(Rational value, Quantity printed) {
    int shown = decimalsOf(printed) + EXTRA_DECIMALS;
    String text = null;
    if (value.isTerminating()) {
      String exact = value.toBigDecimalExact().toPlainString();
      int dot = exact.indexOf('.');
      if (dot < 0 || exact.length() - dot - 1 <= shown) {
        text = exact;
      }
    }
    if (text == null) {
      text = value.toBigDecimal(shown, RoundingMode.HALF_EVEN).toPlainString() + "…";
    }
    return printed.unit().format(text);
  }

  /** A range in the printed figure's unit, widened outward to two more decimals than printed. */
  static String range(@Nullable Interval range, Quantity printed) {
    if (range == null) {
      return "nothing (undefined)";
    }
    int shown = decimalsOf(printed) + 2;
    return String.format(
        Locale.ROOT,
        "[%s, %s]",
        printed
            .unit()
            .format(range.lower().toBigDecimal(shown, RoundingMode.FLOOR).toPlainString()),
        printed
            .unit()
            .format(range.upper().toBigDecimal(shown, RoundingMode.CEILING).toPlainString()));
  }

  /** The value rounded half up to the printed figure's step, written as the figure is. */
  private static String roundedText(Rational value, Quantity printed) {
    Rational rounded =
        printed.isExact()
            ? value
            : Search.roundToStep(value, Search.step(printed), RoundingMode.HALF_UP);
    return printed
        .unit()
        .format(rounded.toBigDecimal(decimalsOf(printed), RoundingMode.HALF_UP).toPlainString());
  }
}
