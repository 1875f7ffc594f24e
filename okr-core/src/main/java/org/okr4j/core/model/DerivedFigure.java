package org.okr4j.core.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.okr4j.core.time.Period;

/**
 * A figure a report prints together with the derivation it claims: {@code "-9.1%"} claimed as the
 * relative change of June's traffic against June a year earlier; {@code "43,799,030"} claimed as
 * the sum of the expense lines.
 *
 * <p>The figure audit recomputes the derivation from the figures it names and says whether the
 * printed figure follows. Other derived figures may name this one by its {@link #id()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DerivedFigure {
  DerivedFigure() {}

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A derived figure with only the required parts.
   *
   * @param id its id, unique in the report
   * @param stated the figure as printed
   * @param derivation the derivation it claims
   * @return the derived figure
   */
  public static DerivedFigure of(String id, StatedFigure stated, Derivation derivation) {
    return builder().id(id).stated(stated).derivation(derivation).build();
  }

  /**
   * The id, unique among the report's derived figures.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The figure as printed.
   *
   * @return the stated figure
   */
  public abstract StatedFigure stated();

  /**
   * The derivation the report claims for it.
   *
   * @return the derivation
   */
  public abstract Derivation derivation();

  /**
   * The key result the figure is printed beside.
   *
   * @return its id, if printed beside one
   */
  public abstract Optional<String> keyResultId();

  /**
   * The period the figure is printed for.
   *
   * @return the period, if stated
   */
  public abstract Optional<Period> period();

  @Value.Check
  void check() {
    Ids.check(id(), "derived figure id");
    keyResultId().ifPresent(k -> Ids.check(k, "derived figure key result id"));
  }

  /**
   * Builds a {@link DerivedFigure}; {@code id}, {@code stated} and {@code derivation} are required.
   */
  public static final class Builder extends ImmutableDerivedFigure.Builder {
    Builder() {}
  }
}
