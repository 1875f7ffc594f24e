package org.okr4j.core.model;

import com.google.common.base.MoreObjects;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
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
    return new CompactBaseline(Objects.requireNonNull(value, "value"));
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

  /**
   * Compares the attributes, as the generated value class would: equal baselines of either
   * representation ({@link CompactBaseline} or the generated one) are equal.
   */
  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof Baseline b
        && value().equals(b.value())
        && asOf().equals(b.asOf())
        && share().equals(b.share())
        && alsoStatedAs().equals(b.alsoStatedAs())
        && printed().equals(b.printed());
  }

  /** The hash code of the generated value class, from every attribute. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + value().hashCode();
    h += (h << 5) + Objects.hashCode(asOf().orElse(null));
    h += (h << 5) + Objects.hashCode(share().orElse(null));
    h += (h << 5) + alsoStatedAs().hashCode();
    h += (h << 5) + Objects.hashCode(printed().orElse(null));
    return h;
  }

  /** The attributes that are set, as the generated value class prints them. */
  @Override
  public final String toString() {
    return MoreObjects.toStringHelper("Baseline")
        .omitNullValues()
        .add("value", value())
        .add("asOf", asOf().orElse(null))
        .add("share", share().orElse(null))
        .add("alsoStatedAs", alsoStatedAs())
        .add("printed", printed().orElse(null))
        .toString();
  }

  /** Whether a baseline holds only its value. */
  static boolean isCompactable(Baseline b) {
    return b.asOf().isEmpty()
        && b.share().isEmpty()
        && b.alsoStatedAs().isEmpty()
        && b.printed().isEmpty();
  }

  /** Builds a {@link Baseline}; {@code value} is required. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}

    /**
     * Builds the baseline. One that holds only its value is kept in a smaller form, equal to the
     * one built from every attribute.
     *
     * @return the baseline
     * @throws IllegalStateException if the value is not set
     * @throws IllegalArgumentException if the baseline breaks a rule
     */
    @Override
    public Baseline build() {
      Baseline built = buildGenerated();
      return isCompactable(built) ? new CompactBaseline(built.value()) : built;
    }

    /** The generated value class's baseline, whatever it holds; for tests of equality. */
    Baseline buildGenerated() {
      return super.build();
    }
  }
}
