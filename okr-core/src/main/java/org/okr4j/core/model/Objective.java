package org.okr4j.core.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.DecimalLimits;
import org.okr4j.core.time.Period;

/**
 * An objective: a title, its {@link KeyResult}s, and possibly nested objectives (a key deliverable
 * such as "Content Integrity" holding two objectives).
 *
 * <p>An objective may carry the status stated for it in a report ({@link #statedStatus()}); okr4j
 * derives its own beside it and never overwrites it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Objective {
  Objective() {}

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id, unique within its report.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The objective as stated.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * A longer description.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * The key results, in report order.
   *
   * @return the key results
   */
  public abstract List<KeyResult> keyResults();

  /**
   * Nested objectives, in report order.
   *
   * @return the child objectives
   */
  public abstract List<Objective> children();

  /**
   * The status stated for the objective in the report.
   *
   * @return the stated status, if any
   */
  public abstract Optional<StatedStatus> statedStatus();

  /**
   * The period the objective should be completed in ("Target quarter for completion: Q4").
   *
   * @return the period, if stated
   */
  public abstract Optional<Period> targetCompletion();

  /**
   * Shares printed beside the objective that are not key results.
   *
   * @return the facts
   */
  public abstract List<Fact> facts();

  /**
   * Figures printed beside the objective or its key results with the derivation they claim.
   *
   * @return the derived figures, in report order
   */
  public abstract List<DerivedFigure> derivedFigures();

  /**
   * The weight of this objective in its parent's rollup; 0 excludes it.
   *
   * @return the weight, 1 unless set
   */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  @Value.Check
  void check() {
    Ids.check(id(), "objective id");
    Checks.notBlank(title(), "objective title");
    DecimalLimits.check(weight(), "objective weight");
    Checks.argument(
        weight().signum() >= 0,
        "objective %s weight (%s) must be >= 0",
        id(),
        weight().toPlainString());
    Set<String> ids = new HashSet<>();
    for (KeyResult k : keyResults()) {
      Checks.argument(
          ids.add(k.id()), "objective %s has two key results with id \"%s\"", id(), k.id());
    }
    Set<String> derived = new HashSet<>();
    for (DerivedFigure d : derivedFigures()) {
      Checks.argument(
          derived.add(d.id()), "objective %s has two derived figures with id \"%s\"", id(), d.id());
    }
  }

  /** Builds an {@link Objective}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
