package org.okr4j.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;

/**
 * Where a key result starts from: a value and when it was taken ("19 days in June 2019").
 *
 * <p>A baseline may be a share of two figures ({@code 24.9% (238.9M/959.4M)}): keep the part and
 * the whole in {@link #share()} and the figure audit checks that the value follows from them. A
 * score may also be printed as a percentage of its scale ({@code 3.8/5 or 76%}): keep that figure
 * in {@link #alsoStatedAs()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Baseline {
  Baseline() {}

  /**
   * A baseline without a date.
   *
   * @param value the value
   * @return the baseline
   */
  public static Baseline of(Quantity value) {
    return builder().value(value).build();
  }

  /**
   * A baseline taken at a known time.
   *
   * @param value the value
   * @param asOf when it was taken
   * @return the baseline
   */
  public static Baseline of(Quantity value, AsOf asOf) {
    return builder().value(value).asOf(asOf).build();
  }

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The baseline value.
   *
   * @return the value
   */
  public abstract Quantity value();

  /**
   * When the value was taken.
   *
   * @return when, if known
   */
  public abstract Optional<AsOf> asOf();

  /**
   * The part and whole the value is the share of, when the report prints them.
   *
   * @return the share, if printed
   */
  public abstract Optional<Share> share();

  /**
   * The same score printed as a percentage of its scale ({@code 76%} beside {@code 3.8/5}).
   *
   * @return the percentages printed beside a score value
   */
  public abstract List<StatedFigure> alsoStatedAs();

  /**
   * The baseline as printed in the report.
   *
   * @return the text, if kept
   */
  public abstract Optional<String> printed();

  @Value.Check
  void check() {
    share()
        .ifPresent(
            s ->
                Checks.argument(
                    isShareUnit(value().unit()),
                    "baseline (%s) with a share must be in percent or ratio, not %s",
                    value(),
                    value().unit()));
    for (StatedFigure figure : alsoStatedAs()) {
      Checks.argument(
          value().unit().kind() == Unit.Kind.SCORE && figure.value().unit().isPercent(),
          "baseline (%s) may be also stated as a percentage (%s) only when it is a score",
          value(),
          figure.text());
    }
  }

  static boolean isShareUnit(Unit unit) {
    return unit.isPercent() || unit.kind() == Unit.Kind.RATIO;
  }

  /** Builds a {@link Baseline}; {@code value} is required. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
