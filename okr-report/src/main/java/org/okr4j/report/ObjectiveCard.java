package org.okr4j.report;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.rollup.ObjectiveProgress;

/**
 * One objective of a {@link Scorecard}: its key results' cards, its rollup, the colours each rule
 * set derives under each policy beside the stated colour, and the audit findings of its own facts.
 * Child objectives follow their parent in {@link Scorecard#objectives()} with a greater {@link
 * #depth()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObjectiveCard {
  private final Objective objective;
  private final int depth;
  private final List<KeyResultCard> keyResults;
  private final Outcome<ObjectiveProgress> rollup;
  private final List<DerivedStatus> derived;
  private final boolean derivable;
  private final List<AuditFinding> audit;
  private final ScorecardOptions options;

  ObjectiveCard(
      Objective objective,
      int depth,
      List<KeyResultCard> keyResults,
      Outcome<ObjectiveProgress> rollup,
      List<DerivedStatus> derived,
      boolean derivable,
      List<AuditFinding> audit,
      ScorecardOptions options) {
    this.objective = objective;
    this.depth = depth;
    this.keyResults = List.copyOf(keyResults);
    this.rollup = rollup;
    this.derived = List.copyOf(derived);
    this.derivable = derivable;
    this.audit = List.copyOf(audit);
    this.options = options;
  }

  /**
   * The objective as the report states it.
   *
   * @return the objective
   */
  public Objective objective() {
    return objective;
  }

  /**
   * The objective's id.
   *
   * @return the id
   */
  public String id() {
    return objective.id();
  }

  /**
   * The objective's title.
   *
   * @return the title
   */
  public String title() {
    return objective.title();
  }

  /**
   * How deep the objective is nested: 0 for a top-level objective.
   *
   * @return the depth
   */
  public int depth() {
    return depth;
  }

  /**
   * The cards of the objective's own key results.
   *
   * @return the key results, in report order
   */
  public List<KeyResultCard> keyResults() {
    return keyResults;
  }

  /**
   * The weighted mean of the clamped progress of its key results and child objectives.
   *
   * @return the rollup
   */
  public Outcome<ObjectiveProgress> rollup() {
    return rollup;
  }

  /**
   * The rollup as displayed: {@code "43.25%"}, or {@code "n/a (nothing to combine)"}.
   *
   * @return the text
   */
  public String rollupText() {
    return rollup.format(p -> Display.percent(p.progress(), options.display()));
  }

  /**
   * The colours derived by each rule set under each policy, rule set by rule set.
   *
   * @return the derived colours
   */
  public List<DerivedStatus> derived() {
    return derived;
  }

  /**
   * Whether a colour can be derived at all: the objective or a child objective has key results.
   *
   * @return false when the report gives no key results to derive from
   */
  public boolean isDerivable() {
    return derivable;
  }

  /**
   * The colour the report states.
   *
   * @return the stated status, if any
   */
  public Optional<StatedStatus> stated() {
    return objective.statedStatus();
  }

  /**
   * Whether a derived colour agrees with the stated one.
   *
   * @param status one of {@link #derived()}
   * @return empty when no colour is stated or none can be derived; else whether the colours are
   *     equal
   */
  public Optional<Boolean> agrees(DerivedStatus status) {
    if (!derivable || stated().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(stated().orElseThrow().color() == status.color());
  }

  /**
   * The audit's findings on the objective's own facts.
   *
   * @return the findings
   */
  public List<AuditFinding> audit() {
    return audit;
  }

  /**
   * {@code "content-integrity: 43.25%"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return id() + ": " + rollupText();
  }
}
