package org.okr4j.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
  /**
   * The deepest objectives may nest: an objective without children has depth 1, and each level of
   * {@link #children()} adds one. Real reports nest three or four levels (company, department,
   * team); the bound keeps every recursive walk of a report (rollups, writing, comparing) far from
   * the stack's limit. Building a deeper objective throws {@link IllegalArgumentException}.
   */
  public static final int MAX_NESTING_DEPTH = 100;

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
   * Whether the objective is committed or aspirational, when the report says; read an objective
   * that does not say as aspirational ({@code kind().orElse(ObjectiveKind.ASPIRATIONAL)}).
   *
   * @return the kind, if stated
   */
  public abstract Optional<ObjectiveKind> kind();

  /**
   * Whether the objective is stated to be committed.
   *
   * @return true when {@link #kind()} is {@link ObjectiveKind#COMMITTED}
   */
  public boolean isCommitted() {
    return kind().orElse(ObjectiveKind.ASPIRATIONAL) == ObjectiveKind.COMMITTED;
  }

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

  /**
   * How deep this objective nests: 1 without children, otherwise one more than its deepest child.
   * Computed on each call, in time linear in the objectives beneath this one.
   *
   * @return the depth, from 1 to {@link #MAX_NESTING_DEPTH}
   */
  public int nestingDepth() {
    int deepest = 0;
    for (Objective child : children()) {
      deepest = Math.max(deepest, child.nestingDepth());
    }
    return deepest + 1;
  }

  @Value.Check
  void check() {
    Ids.check(id(), "objective id");
    Checks.notBlank(title(), "objective title");
    DecimalLimits.check(weight(), "objective weight");
    int depth = nestingDepth();
    Checks.argument(
        depth <= MAX_NESTING_DEPTH,
        "objective %s nests %d deep, more than the maximum (%d, Objective.MAX_NESTING_DEPTH)",
        id(),
        depth,
        MAX_NESTING_DEPTH);
    Checks.argument(
        weight().signum() >= 0,
        "objective %s weight (%s) must be >= 0",
        id(),
        weight().toPlainString());
    String repeated = Repeats.first(keyResults(), KeyResult::id);
    Checks.argument(
        repeated == null, "objective %s has two key results with id \"%s\"", id(), repeated);
    String repeatedFigure = Repeats.first(derivedFigures(), DerivedFigure::id);
    Checks.argument(
        repeatedFigure == null,
        "objective %s has two derived figures with id \"%s\"",
        id(),
        repeatedFigure);
  }

  /** Builds an {@link Objective}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
