package org.okr4j.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.core.status.Status;

/**
 * One-line briefs of at most {@value #MAX_LENGTH} characters, written beside the full formula or
 * reason: {@code "pace: 41.49% done where 75.14% was expected"}, {@code "(1919 − 1880) / (1974 −
 * 1880) = 41.49%"}.
 *
 * <p>A brief that would be longer is shortened at a clause boundary ({@code "; "}, {@code " ("},
 * {@code ", "}), else at a word, and ends with "…"; the full text stays in the {@link Explanation}
 * or {@link Status} it summarises.
 */
public final class Briefs {
  /** The longest brief, in characters. */
  public static final int MAX_LENGTH = 100;

  private Briefs() {}

  /**
   * The numbers and result of an explanation: {@code "(1919 − 1880) / (1974 − 1880) = 41.49%"}.
   *
   * @param explanation the explanation
   * @return the brief
   */
  public static String of(Explanation explanation) {
    Objects.requireNonNull(explanation, "explanation");
    String brief = explanation.brief();
    return brief.length() <= MAX_LENGTH
        ? brief
        : fit(explanation.subject() + " = " + explanation.result());
  }

  /**
   * A key result's status in words. Under pace: {@code "pace: 41.49% done where 75.14% was
   * expected"}; under grading: {@code "grading: 41.49% done (green from 70.00%, yellow from
   * 40.00%)"}, progress written as {@link Display#progress} writes it everywhere else; otherwise
   * the deciding rule's name and reason, shortened to fit.
   *
   * @param status the status
   * @param progress the progress it judged
   * @param expected the expected progress at the as-of date
   * @param rounding how percentages are rounded
   * @return the brief
   */
  public static String status(
      Status status, Outcome<Progress> progress, Outcome<Rational> expected, Rounding rounding) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(rounding, "rounding");
    if (status.rule().equals("pace") && progress.isDefined() && expected.isDefined()) {
      return fit(
          "pace: "
              + Display.progress(progress, rounding)
              + " done where "
              + Display.percent(expected.value(), rounding)
              + " was expected");
    }
    if (status.rule().equals("grading") && progress.isDefined()) {
      // GradingRule's reason ends with its boundaries: "(green from 70.00%, yellow from 40.00%)".
      String reason = status.reason();
      int bounds = reason.lastIndexOf(" (green from");
      return fit(
          "grading: "
              + Display.progress(progress, rounding)
              + " done"
              + (bounds < 0 ? "" : reason.substring(bounds)));
    }
    if (status.color() == StatusColor.UNKNOWN && !progress.isDefined()) {
      return fit(
          "cannot judge: progress undefined ("
              + progress.undefinedReason().orElseThrow().description()
              + ")");
    }
    return fit(status.rule() + ": " + status.reason());
  }

  /**
   * An objective's derived colour in words: how many of its key results and child objectives had
   * each colour, under the policy: {@code "weakest of 2 red, 1 yellow, 2 green"}.
   *
   * @param policy how the colours were combined
   * @param parts the colours combined
   * @return the brief
   */
  public static String objective(ObjectiveStatusPolicy policy, List<StatusColor> parts) {
    Objects.requireNonNull(policy, "policy");
    Map<StatusColor, Integer> counts = new EnumMap<>(StatusColor.class);
    for (StatusColor c : parts) {
      counts.merge(c, 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder(policyName(policy)).append(" of ");
    boolean first = true;
    for (Map.Entry<StatusColor, Integer> e : counts.entrySet()) {
      sb.append(first ? "" : ", ")
          .append(e.getValue())
          .append(' ')
          .append(e.getKey().name().toLowerCase(Locale.ROOT));
      first = false;
    }
    if (first) {
      sb.append("nothing");
    }
    return fit(sb.toString());
  }

  /** {@code WEAKEST} → {@code "weakest"}. */
  static String policyName(ObjectiveStatusPolicy policy) {
    return policy.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A text of at most {@link #MAX_LENGTH} characters: itself, or shortened at a clause boundary,
   * else at a word, with "…".
   *
   * @param text the text
   * @return the fitted text
   */
  public static String fit(String text) {
    Objects.requireNonNull(text, "text");
    String oneLine = text.replaceAll("\\s+", " ").strip();
    if (oneLine.length() <= MAX_LENGTH) {
      return oneLine;
    }
    int limit = MAX_LENGTH - 1;
    for (String boundary : List.of("; ", " (", ", ", " ")) {
      int at = oneLine.lastIndexOf(boundary, limit - 1);
      if (at >= MAX_LENGTH / 2) {
        return oneLine.substring(0, at).stripTrailing() + "…";
      }
    }
    return oneLine.substring(0, limit) + "…";
  }
}
