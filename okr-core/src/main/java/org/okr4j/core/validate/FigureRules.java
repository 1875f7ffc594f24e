package org.okr4j.core.validate;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

/**
 * The rules for figures: a value lies within its metric's bounds and its unit's (a score within its
 * scale, a count not negative, a milestone from 0 to 100%), a share's part lies between zero and
 * its whole, and a stated figure's text does not name another unit than its value's.
 */
final class FigureRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A duration unit named in a stated figure's text. */
  private static final Pattern DURATION_WORD =
      Pattern.compile(
          "(?<![\\p{L}])(hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);

  private FigureRules() {}

  /** A figure on a metric's scale: baseline, target figures, check-in values. */
  static void value(Quantity q, Optional<Metric> metric, Where path, String role, Findings out) {
    BigDecimal v = q.value();
    if (metric.isPresent()) {
      Metric m = metric.get();
      Optional<BigDecimal> lower = m.lowerBound();
      if (lower.isPresent() && v.compareTo(lower.get()) < 0) {
        out.error(
            path,
            "value.below-lower-bound",
            "%s %s is below the lower bound %s of metric \"%s\"",
            role,
            q,
            lower.get().toPlainString(),
            m.name());
      }
      Optional<BigDecimal> upper = m.upperBound();
      if (upper.isPresent() && v.compareTo(upper.get()) > 0) {
        out.error(
            path,
            "value.above-upper-bound",
            "%s %s is above the upper bound %s of metric \"%s\"",
            role,
            q,
            upper.get().toPlainString(),
            m.name());
      }
    }
    unitRange(q, path, role, out);
  }

  /** What a unit allows whatever the metric: scores within the scale, counts not negative. */
  static void unitRange(Quantity q, Where path, String role, Findings out) {
    BigDecimal v = q.value();
    Unit unit = q.unit();
    Optional<BigDecimal> max = unit.scaleMaximum();
    if (max.isPresent() && (v.signum() < 0 || v.compareTo(max.get()) > 0)) {
      out.error(
          path,
          "value.outside-scale",
          "%s %s is outside its scale, 0 to %s",
          role,
          q,
          max.get().toPlainString());
    }
    if (unit.kind() == Unit.Kind.COUNT && v.signum() < 0) {
      out.error(path, "value.negative-count", "%s %s is a negative count", role, q);
    }
  }

  /** A milestone's percent complete, as a target or a check-in. */
  static void milestone(BigDecimal percent, Where path, String role, Findings out) {
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      out.error(
          path,
          "milestone.outside-0-100",
          "%s %s%% is outside 0%% to 100%% complete",
          role,
          percent.toPlainString());
    }
  }

  /** A share: the part lies between zero and the whole. */
  static void share(Share s, Where path, Findings out) {
    Quantity part = s.part();
    Quantity whole = s.whole();
    if (part.value().signum() < 0 || whole.value().signum() < 0) {
      out.error(
          path.at(part.value().signum() < 0 ? "/part" : "/whole"),
          "share.negative",
          "share %s of %s has a negative %s",
          part,
          whole,
          part.value().signum() < 0 ? "part" : "whole");
    } else if (part.value().compareTo(whole.value()) > 0) {
      out.error(
          path.at("/part"),
          "share.part-exceeds-whole",
          "share part %s exceeds its whole %s",
          part,
          whole);
    }
  }

  /** A stated figure whose text names a duration unit other than its value's. */
  static void statedFigure(StatedFigure s, Where path, Findings out) {
    Matcher m = DURATION_WORD.matcher(s.text());
    if (!m.find()) {
      return;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    Unit unit = s.value().unit();
    if (unit.kind() != Unit.Kind.DURATION
        || !sameDuration(word, unit.symbol().toLowerCase(Locale.ROOT))) {
      out.warning(
          path,
          "stated-value.other-unit",
          "stated figure %s names %s, but its value %s is in %s",
          Checks.quoted(s.text()),
          word,
          s.value(),
          unit);
    }
  }

  private static boolean sameDuration(String word, String symbol) {
    return switch (word) {
      case "hour", "hours", "hr", "hrs" -> symbol.equals("hours");
      case "minute", "minutes", "min", "mins" -> symbol.equals("minutes");
      case "day", "days" -> symbol.equals("days");
      default -> false;
    };
  }
}
