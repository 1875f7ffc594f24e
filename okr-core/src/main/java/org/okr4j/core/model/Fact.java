package org.okr4j.core.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.time.AsOf;

/**
 * A share printed beside an objective without being a key result: "13.6% (8.1M/59.7M) of pages on
 * Commons have structured data as of April 2020". The figure audit checks it like any other share.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Fact {
  Fact() {}

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What the fact says, as printed.
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * The share printed, in percent or ratio.
   *
   * @return the value
   */
  public abstract Quantity value();

  /**
   * The part and whole the value is the share of.
   *
   * @return the share
   */
  public abstract Share share();

  /**
   * When the figures were taken.
   *
   * @return when, if known
   */
  public abstract Optional<AsOf> asOf();

  @Value.Check
  void check() {
    Checks.notBlank(statement(), "fact statement");
    Checks.argument(
        Baseline.isShareUnit(value().unit()),
        "fact value (%s) must be in percent or ratio",
        value());
  }

  /** Builds a {@link Fact}; {@code statement}, {@code value} and {@code share} are required. */
  public static final class Builder extends ImmutableFact.Builder {
    Builder() {}
  }
}
