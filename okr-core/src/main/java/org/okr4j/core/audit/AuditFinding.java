package org.okr4j.core.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;

/**
 * The audit's finding on one printed figure: where it stands, what was printed, what the inputs
 * give, the {@link Verdict} and the {@link Interpretation} that reached it, with an explanation.
 *
 * <p>{@link #computed()} is the exact recomputed value under the interpretation that matched (or
 * under the claimed one when none did); {@link #claimedRange()} is every value the claimed basis
 * allows when the inputs vary within their stated precision — for an inconsistent figure, the
 * interval the inputs allow. {@link #tolerance()} says how sharp the check was.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditFinding {
  private final String objectiveId;
  private final @Nullable String keyResultId;
  private final String location;
  private final FigureKind kind;
  private final StatedFigure stated;
  private final Verdict verdict;
  private final Interpretation claimed;
  private final @Nullable Interpretation matched;
  private final @Nullable Rational computed;
  private final @Nullable Interval claimedRange;
  private final List<Interpretation> alsoConsistent;
  private final DerivationKind derivationKind;
  private final Tolerance tolerance;
  private final Explanation explanation;

  AuditFinding(
      AuditedFigure figure,
      Verdict verdict,
      Interpretation claimed,
      @Nullable Interpretation matched,
      @Nullable Rational computed,
      @Nullable Interval claimedRange,
      List<Interpretation> alsoConsistent,
      Tolerance tolerance,
      Explanation explanation) {
    this.objectiveId = figure.objectiveId();
    this.keyResultId = figure.keyResultId();
    this.location = figure.location();
    this.kind = figure.kind();
    this.derivationKind = figure.derivationKind();
    this.stated = figure.stated();
    this.tolerance = tolerance;
    this.verdict = verdict;
    this.claimed = claimed;
    this.matched = matched;
    this.computed = computed;
    this.claimedRange = claimedRange;
    this.alsoConsistent = List.copyOf(alsoConsistent);
    this.explanation = explanation;
  }

  /**
   * The objective the figure belongs to.
   *
   * @return the objective's id
   */
  public String objectiveId() {
    return objectiveId;
  }

  /**
   * The key result the figure belongs to.
   *
   * @return the key result's id, or empty for a figure of the objective itself (a fact)
   */
  public Optional<String> keyResultId() {
    return Optional.ofNullable(keyResultId);
  }

  /**
   * Where the figure stands: {@code "baseline"}, {@code "target"}, {@code "headline target"},
   * {@code "check-in FY2019/20 Q3"}, {@code "fact"}.
   *
   * @return the location
   */
  public String location() {
    return location;
  }

  /**
   * What kind of derived figure it is.
   *
   * @return the kind
   */
  public FigureKind kind() {
    return kind;
  }

  /**
   * The formula the figure claims, from the derivation vocabulary: a share is {@link
   * DerivationKind#SHARE}, a stated change {@link DerivationKind#RELATIVE_CHANGE} (or the measure
   * it claims), a change target's value {@link DerivationKind#APPLIED_CHANGE}.
   *
   * @return the claimed derivation's kind
   */
  public DerivationKind derivationKind() {
    return derivationKind;
  }

  /**
   * How sharp the check was: the printed values the claimed reading would have accepted at the
   * printed precision, with inputs as printed and within their stated precision.
   *
   * @return the tolerance
   */
  public Tolerance tolerance() {
    return tolerance;
  }

  /**
   * Whether the claimed reading reproduces the figure from the inputs as printed: {@link
   * Verdict#CONSISTENT} or {@link Verdict#CONSISTENT_UNDER_ROUNDING}.
   *
   * @return true when reproduced as printed
   */
  public boolean reproducesAsPrinted() {
    return verdict == Verdict.CONSISTENT || verdict == Verdict.CONSISTENT_UNDER_ROUNDING;
  }

  /**
   * The figure as printed.
   *
   * @return the stated figure
   */
  public StatedFigure stated() {
    return stated;
  }

  /**
   * The verdict.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The basis the report claims, with rounding to nearest.
   *
   * @return the claimed interpretation
   */
  public Interpretation claimed() {
    return claimed;
  }

  /**
   * The first interpretation, in the audit's order, that gives the printed figure.
   *
   * @return the matching interpretation, or empty when inconsistent or not auditable
   */
  public Optional<Interpretation> matched() {
    return Optional.ofNullable(matched);
  }

  /**
   * The exact value recomputed from the printed inputs, under the matched interpretation's basis
   * (or the claimed basis when none matched).
   *
   * @return the value, or empty when not auditable
   */
  public Optional<Rational> computed() {
    return Optional.ofNullable(computed);
  }

  /**
   * Every value the claimed basis gives while the inputs vary within their stated precision.
   *
   * @return the range, or empty when not auditable
   */
  public Optional<Interval> claimedRange() {
    return Optional.ofNullable(claimedRange);
  }

  /**
   * Other interpretations that also give the printed figure, in the audit's order.
   *
   * @return the other matching interpretations
   */
  public List<Interpretation> alsoConsistentUnder() {
    return alsoConsistent;
  }

  /**
   * How the figure was recomputed and why the verdict.
   *
   * @return the explanation
   */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof AuditFinding other
        && objectiveId.equals(other.objectiveId)
        && Objects.equals(keyResultId, other.keyResultId)
        && location.equals(other.location)
        && kind == other.kind
        && stated.equals(other.stated)
        && verdict == other.verdict
        && claimed.equals(other.claimed)
        && Objects.equals(matched, other.matched)
        && Objects.equals(computed, other.computed)
        && Objects.equals(claimedRange, other.claimedRange)
        && alsoConsistent.equals(other.alsoConsistent)
        && derivationKind == other.derivationKind
        && tolerance.equals(other.tolerance)
        && explanation.equals(other.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objectiveId, keyResultId, location, kind, stated, verdict, computed);
  }

  /**
   * {@code "mtp-outstanding-reviews check-in FY2019/20 Q3 \"-1.4%\": CONSISTENT_UNDER_ROUNDING —
   * …"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return (keyResultId == null ? objectiveId : keyResultId)
        + " "
        + location
        + " \""
        + stated.text()
        + "\": "
        + verdict
        + " — "
        + explanation.result();
  }
}
