package org.okr4j.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.forecast.Projection;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Metric;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.Period;
import org.okr4j.report.Display;
import org.okr4j.report.KeyResultCard;

/**
 * A key result's trajectory as a small inline SVG: the goal period shaded, the baseline and the
 * target as dashed lines, the expected pace from the baseline at the goal period's start to the
 * target at its end, every check-in with a value in the key result's unit (at the day its period
 * ends), and the as-of date. Coordinates are {@code double} here only, at the edge.
 */
final class HtmlTrajectory {
  static final double WIDTH = 320;
  static final double HEIGHT = 132;
  private static final double LEFT = 8;
  private static final double RIGHT = 8;
  private static final double TOP = 22;
  private static final double BOTTOM = 20;
  private static final int DIGITS_OF_A_VALUE = 12;

  private final KeyResultCard card;
  private final LocalDate asOf;
  private final Rounding rounding;
  private final Optional<Unit> unit;
  private final Optional<Quantity> baseline;
  private final Optional<Rational> target;
  private final List<CheckIn> points;
  private final Optional<Projection> projection;
  private long minDay;
  private long maxDay;
  private double minValue;
  private double maxValue;

  private HtmlTrajectory(KeyResultCard card, LocalDate asOf, Rounding rounding) {
    this.card = card;
    this.asOf = asOf;
    this.rounding = rounding;
    this.unit = unitOf(card);
    this.baseline =
        card.keyResult()
            .baseline()
            .map(Baseline::value)
            .filter(q -> unit.equals(Optional.of(q.unit())));
    Outcome<Rational> tv = card.targetValue();
    this.target = tv.isDefined() && unit.isPresent() ? Optional.of(tv.value()) : Optional.empty();
    List<CheckIn> plotted = new ArrayList<>();
    for (CheckIn c : card.checkIns()) {
      if (c.value().isPresent() && unit.equals(Optional.of(c.value().orElseThrow().unit()))) {
        plotted.add(c);
      }
    }
    plotted.sort(Comparator.comparing((CheckIn c) -> c.period().endExclusive()));
    this.points = List.copyOf(plotted);
    this.projection =
        card.projection().toOptional().filter(p -> !points.isEmpty() && p.unit().equals(unit));
  }

  /** The chart in a {@code <figure>} with its legend, or a line saying there is nothing to plot. */
  static String render(KeyResultCard card, LocalDate asOf, Rounding rounding) {
    return new HtmlTrajectory(card, asOf, rounding).render();
  }

  /** The key result's unit: its metric's, else its baseline's, else its first check-in value's. */
  private static Optional<Unit> unitOf(KeyResultCard card) {
    Optional<Unit> u = card.keyResult().metric().map(Metric::unit);
    if (u.isEmpty()) {
      u = card.keyResult().baseline().map(b -> b.value().unit());
    }
    if (u.isEmpty()) {
      u = card.checkIns().stream().flatMap(c -> c.value().stream()).map(Quantity::unit).findFirst();
    }
    return u;
  }

  private String render() {
    if (points.isEmpty() && baseline.isEmpty() && target.isEmpty()) {
      return "<p class=\"nochart\">No values to plot.</p>";
    }
    domain();
    String label = summary();
    StringBuilder sb = new StringBuilder(2048);
    sb.append("<figure class=\"chart\"><svg class=\"trajectory\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(HEIGHT))
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(label))
        .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
        .append(Html.esc(label))
        .append("</title>");
    Period goal = card.goalPeriod();
    double g0 = x(goal.start());
    double g1 = x(goal.endExclusive());
    sb.append("<rect class=\"goal\" x=\"")
        .append(num(g0))
        .append("\" y=\"")
        .append(num(TOP))
        .append("\" width=\"")
        .append(num(g1 - g0))
        .append("\" height=\"")
        .append(num(HEIGHT - TOP - BOTTOM))
        .append("\"/>");
    axis(sb, goal);
    // labels go outside the band between baseline and target, where the check-ins usually are
    boolean rising =
        baseline.isEmpty()
            || target.isEmpty()
            || value(target.orElseThrow()) >= value(baseline.orElseThrow());
    baseline.ifPresent(
        b -> level(sb, "baseline", y(value(b)), "baseline " + Display.quantity(b), false, !rising));
    target.ifPresent(
        t -> level(sb, "target", y(value(t)), "target " + targetText(t), true, rising));
    if (baseline.isPresent() && target.isPresent()) {
      line(sb, "pace", g0, y(value(baseline.orElseThrow())), g1, y(value(target.orElseThrow())));
    }
    asOfMarker(sb);
    projection.ifPresent(p -> projection(sb, p, g1));
    checkIns(sb);
    sb.append("</svg><figcaption><span class=\"key actual\">check-ins</span>");
    if (projection.isPresent()) {
      sb.append("<span class=\"key projection\">projection and its interval</span>");
    }
    if (baseline.isPresent() && target.isPresent()) {
      sb.append("<span class=\"key pace\">expected pace</span>");
    }
    if (target.isPresent()) {
      sb.append("<span class=\"key target\">target</span>");
    }
    return sb.append("<span class=\"key asof\">as of ")
        .append(asOf)
        .append("</span></figcaption></figure>")
        .toString();
  }

  private void domain() {
    minDay = card.goalPeriod().start().toEpochDay();
    maxDay = card.goalPeriod().endExclusive().toEpochDay();
    minDay = Math.min(minDay, asOf.toEpochDay());
    maxDay = Math.max(maxDay, asOf.toEpochDay());
    List<Double> values = new ArrayList<>();
    baseline.ifPresent(b -> values.add(value(b)));
    target.ifPresent(t -> values.add(value(t)));
    projection.ifPresent(
        p -> {
          values.add(value(p.lower()));
          values.add(value(p.upper()));
        });
    for (CheckIn c : points) {
      long day = c.period().endExclusive().toEpochDay();
      minDay = Math.min(minDay, day);
      maxDay = Math.max(maxDay, day);
      values.add(value(c.value().orElseThrow()));
    }
    minValue = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    maxValue = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double span = maxValue - minValue;
    if (span == 0) {
      span = Math.abs(maxValue) == 0 ? 1 : Math.abs(maxValue) / 5;
    }
    minValue -= span * 0.22;
    maxValue += span * 0.22;
  }

  private String summary() {
    List<String> parts = new ArrayList<>();
    baseline.ifPresent(b -> parts.add("baseline " + Display.quantity(b)));
    target.ifPresent(t -> parts.add("target " + targetText(t)));
    List<String> values = new ArrayList<>();
    for (CheckIn c : points) {
      values.add(c.period().label() + " " + Display.quantity(c.value().orElseThrow()));
    }
    parts.add(values.isEmpty() ? "no check-in values" : "check-ins " + String.join(", ", values));
    if (baseline.isPresent() && target.isPresent()) {
      parts.add(
          "expected pace from the baseline on "
              + card.goalPeriod().start()
              + " to the target on "
              + card.goalPeriod().endExclusive());
    }
    projection.ifPresent(
        p -> parts.add("projected by " + p.method().description() + ": " + card.projectionText()));
    parts.add("as of " + asOf);
    return "Trajectory of " + card.id() + ": " + String.join("; ", parts);
  }

  private String targetText(Rational t) {
    BigDecimal rounded = rounding.round(t).stripTrailingZeros();
    return Display.withUnit(
        rounded.scale() < 0 ? rounded.setScale(0) : rounded, unit.orElseThrow());
  }

  private void axis(StringBuilder sb, Period goal) {
    double base = HEIGHT - BOTTOM;
    line(sb, "axis", LEFT, base, WIDTH - RIGHT, base);
    text(sb, "tick", x(goal.start()), HEIGHT - 6, goal.start().toString(), "start");
    text(
        sb,
        "tick",
        x(goal.endExclusive()),
        HEIGHT - 6,
        goal.endExclusive().minusDays(1).toString(),
        "end");
  }

  private void level(
      StringBuilder sb, String cls, double y, String label, boolean right, boolean above) {
    line(sb, cls, LEFT, y, WIDTH - RIGHT, y);
    boolean roomAbove = y - 3 - 8 >= TOP;
    boolean roomBelow = y + 11 <= HEIGHT - BOTTOM;
    double ty = (above && roomAbove) || !roomBelow ? y - 3 : y + 11;
    text(sb, cls + "-label", right ? WIDTH - RIGHT : LEFT, ty, label, right ? "end" : "start");
  }

  /** A dashed line from the latest check-in to the projected value, and its interval. */
  private void projection(StringBuilder sb, Projection p, double end) {
    CheckIn last = points.get(points.size() - 1);
    line(
        sb,
        "projection",
        x(last.period().endExclusive()),
        y(value(last.value().orElseThrow())),
        end,
        y(value(p.value())));
    line(sb, "projection-range", end - 1, y(value(p.lower())), end - 1, y(value(p.upper())));
  }

  private void asOfMarker(StringBuilder sb) {
    double ax = x(asOf);
    line(sb, "asof", ax, TOP - 4, ax, HEIGHT - BOTTOM);
    boolean rightHalf = ax > WIDTH / 2;
    text(
        sb,
        "asof-label",
        rightHalf ? ax - 3 : ax + 3,
        TOP - 8,
        "as of " + asOf,
        rightHalf ? "end" : "start");
  }

  private void checkIns(StringBuilder sb) {
    if (points.size() > 1) {
      sb.append("<polyline class=\"actual\" points=\"");
      for (int i = 0; i < points.size(); i++) {
        CheckIn c = points.get(i);
        sb.append(i == 0 ? "" : " ")
            .append(num(x(c.period().endExclusive())))
            .append(',')
            .append(num(y(value(c.value().orElseThrow()))));
      }
      sb.append("\"/>");
    }
    Optional<CheckIn> judged = card.judgedCheckIn();
    for (CheckIn c : points) {
      boolean isJudged = judged.map(c::equals).orElse(false);
      sb.append("<circle class=\"checkin")
          .append(isJudged ? " judged" : "")
          .append("\" cx=\"")
          .append(num(x(c.period().endExclusive())))
          .append("\" cy=\"")
          .append(num(y(value(c.value().orElseThrow()))))
          .append("\" r=\"")
          .append(isJudged ? "4" : "3")
          .append("\"><title>")
          .append(Html.esc(c.period().label() + ": " + Display.checkIn(c)))
          .append("</title></circle>");
    }
  }

  private static void line(
      StringBuilder sb, String cls, double x1, double y1, double x2, double y2) {
    sb.append("<line class=\"")
        .append(cls)
        .append("\" x1=\"")
        .append(num(x1))
        .append("\" y1=\"")
        .append(num(y1))
        .append("\" x2=\"")
        .append(num(x2))
        .append("\" y2=\"")
        .append(num(y2))
        .append("\"/>");
  }

  private static void text(
      StringBuilder sb, String cls, double x, double y, String text, String anchor) {
    sb.append("<text class=\"")
        .append(cls)
        .append("\" x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(Html.esc(text))
        .append("</text>");
  }

  private double x(LocalDate day) {
    double f = (double) (day.toEpochDay() - minDay) / (maxDay - minDay);
    return LEFT + f * (WIDTH - LEFT - RIGHT);
  }

  private double y(double value) {
    double f = (value - minValue) / (maxValue - minValue);
    return HEIGHT - BOTTOM - f * (HEIGHT - TOP - BOTTOM);
  }

  private static double value(Quantity q) {
    return q.value().doubleValue();
  }

  private static double value(Rational r) {
    return r.toBigDecimalSignificant(DIGITS_OF_A_VALUE).doubleValue();
  }

  /** A coordinate with at most two decimals. */
  static String num(double d) {
    BigDecimal b = BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.signum() == 0 ? "0" : b.toPlainString().toLowerCase(Locale.ROOT);
  }
}
