package org.okr4j.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.QualitativeTarget;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;

/**
 * How a scorecard writes figures for people: money with its currency symbol and thousands
 * separators ({@code "$6,580,000"}), counts grouped ({@code "1,880 maintainers"}), durations with
 * their unit ({@code "17 days"}), percentages ({@code "24.9%"}), percentage points ({@code "+11.9
 * pp"}), scores ({@code "3.4/5"}). Figures keep the digits they were stated with; computed ones are
 * rounded by the {@link Rounding} the caller names.
 */
public final class Display {
  private static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "INR", "₹");

  private Display() {}

  /**
   * A stated figure with its unit: {@code "$6,580,000"}, {@code "1,880 maintainers"}, {@code "17
   * days"}, {@code "24.9%"}, {@code "3.4/5"}.
   *
   * @param quantity the figure
   * @return the text
   */
  public static String quantity(Quantity quantity) {
    Objects.requireNonNull(quantity, "quantity");
    return withUnit(quantity.value(), quantity.unit());
  }

  /**
   * A plain decimal value written in a unit, grouped by thousands where the unit is a count or
   * money.
   *
   * @param value the value
   * @param unit its unit
   * @return the text
   */
  public static String withUnit(BigDecimal value, Unit unit) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    String plain = value.toPlainString();
    return switch (unit.kind()) {
      case COUNT -> unit.format(grouped(plain));
      case OTHER -> money(plain, unit.symbol());
      default -> unit.format(plain);
    };
  }

  private static String money(String plain, String symbol) {
    if (!symbol.matches("[A-Z]{3}")) {
      return plain + " " + symbol;
    }
    String sign = plain.startsWith("-") ? "-" : "";
    String digits = grouped(sign.isEmpty() ? plain : plain.substring(1));
    String mark = CURRENCY_SYMBOLS.get(symbol);
    return mark == null ? sign + symbol + " " + digits : sign + mark + digits;
  }

  /** {@code "1234567.5"} → {@code "1,234,567.5"}; a leading sign is kept. */
  static String grouped(String plain) {
    int start = plain.startsWith("-") || plain.startsWith("+") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder sb = new StringBuilder(plain.length() + 8);
    sb.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    sb.append(plain, end, plain.length());
    return sb.toString();
  }

  /**
   * A fraction as a percentage: {@code 39/94} → {@code "41.49%"}.
   *
   * @param fraction the fraction (1 is 100%)
   * @param rounding decimals and mode
   * @return the text
   */
  public static String percent(Rational fraction, Rounding rounding) {
    return Figures.fractionAsPercent(fraction, rounding);
  }

  /**
   * Progress: its raw value, and the clamped value a rollup counts when they differ: {@code
   * "41.49%"}, {@code "526.32% (counts as 100%)"}, {@code "-12.5% (counts as 0%)"}; {@code "n/a
   * (target not set)"} when undefined.
   *
   * @param progress the progress
   * @param rounding decimals and mode
   * @return the text
   */
  public static String progress(Outcome<Progress> progress, Rounding rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return progress.format(
        p -> {
          String raw = percent(p.raw(), rounding);
          return p.raw().equals(p.clamped())
              ? raw
              : raw
                  + " (counts as "
                  + Figures.fractionAsPercent(p.clamped(), wholeOr(rounding))
                  + ")";
        });
  }

  /** Clamped progress is 0 or 1: shown without decimals. */
  private static Rounding wholeOr(Rounding rounding) {
    return Rounding.of(0, rounding.mode());
  }

  /**
   * A change with its sign and unit: {@code "+2.07%"}, {@code "+11.9 pp"}, {@code "-8 points"};
   * {@code "n/a (no previous value)"} when undefined.
   *
   * @param change the change
   * @param rounding decimals and mode
   * @return the text
   */
  public static String change(Outcome<Change> change, Rounding rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return change.format(c -> Figures.change(c, rounding));
  }

  /**
   * A check-in as printed, else its value, state and part values: {@code "10% (17 days)"}, {@code
   * "0 BLOCKED"}.
   *
   * @param checkIn the check-in
   * @return the text
   */
  public static String checkIn(CheckIn checkIn) {
    Objects.requireNonNull(checkIn, "check-in");
    if (checkIn.printed().isPresent()) {
      return checkIn.printed().orElseThrow();
    }
    List<String> parts = new ArrayList<>();
    checkIn.value().ifPresent(v -> parts.add(quantity(v)));
    checkIn.state().ifPresent(s -> parts.add(stateName(s.name())));
    checkIn.partValues().forEach((name, v) -> parts.add(name + " " + quantity(v)));
    return String.join(", ", parts);
  }

  /**
   * A computed value in a unit, rounded: {@code "13.00 days"}, {@code "$1,234.57"}.
   *
   * @param value the exact value
   * @param unit its unit, if known
   * @param rounding decimals and mode
   * @return the text
   */
  public static String projected(Rational value, Optional<Unit> unit, Rounding rounding) {
    BigDecimal rounded = rounding.round(value);
    return unit.map(u -> withUnit(rounded, u)).orElse(rounded.toPlainString());
  }

  /** {@code SETTING_BASELINE} → {@code "setting baseline"}. */
  static String stateName(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * A target as printed, else in words from its figures: {@code "reach 1,974 maintainers"}, {@code
   * "+5%"}, {@code "at most 2 days"}, {@code "done"}.
   *
   * @param target the target
   * @return the text
   */
  public static String target(Target target) {
    Objects.requireNonNull(target, "target");
    if (target.printed().isPresent()) {
      return target.printed().orElseThrow();
    }
    if (target instanceof ValueTarget t) {
      return "reach " + quantity(t.value());
    }
    if (target instanceof ChangeTarget t) {
      String amount = (t.amount().signum() > 0 ? "+" : "") + t.amount().toPlainString();
      return switch (t.measure()) {
        case RELATIVE -> amount + "%";
        case PERCENTAGE_POINTS -> amount + " pp";
        case SCALE_POINTS -> amount + " points";
      };
    }
    if (target instanceof ThresholdTarget t) {
      boolean inclusive = t.boundary() == Boundary.INCLUSIVE;
      String side =
          t.side() == ThresholdTarget.Side.ABOVE
              ? (inclusive ? "at least " : "above ")
              : (inclusive ? "at most " : "below ");
      return side + quantity(t.threshold());
    }
    if (target instanceof BandTarget t) {
      return "between " + quantity(t.lower()) + " and " + quantity(t.upper());
    }
    if (target instanceof ZonedTarget t) {
      return "commit "
          + quantity(t.commit())
          + ", target "
          + quantity(t.target())
          + ", stretch "
          + quantity(t.stretch());
    }
    if (target instanceof MilestoneTarget t) {
      return t.percentComplete().toPlainString() + "% complete";
    }
    if (target instanceof CompositeTarget t) {
      return "all of " + t.parts().size() + " parts";
    }
    if (target instanceof QualitativeTarget t) {
      return t.description();
    }
    return stateName(target.kind().name());
  }
}
