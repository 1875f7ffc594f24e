package org.okr4j.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.DecimalLimits;

/**
 * The formula a derived figure claims: a {@link DerivationKind} over figures of the report named by
 * {@link FigureRef}s, with the sign a change is read in and, for an applied change, its measure and
 * amount.
 *
 * <pre>{@code
 * // "-9.1% compared with the previous year"
 * Derivation.relativeChange(
 *     FigureRef.checkIn("traffic", june2019), FigureRef.checkIn("traffic", june2020));
 * // "approximately $0.36MM under plan"
 * Derivation.difference(FigureRef.target("expenses"), FigureRef.checkIn("expenses", june2020));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Derivation {
  private final DerivationKind kind;
  private final List<FigureRef> operands;
  private final ChangeSense sense;
  private final @Nullable ChangeMeasure measure;
  private final @Nullable BigDecimal amount;

  private Derivation(
      DerivationKind kind,
      List<FigureRef> operands,
      ChangeSense sense,
      @Nullable ChangeMeasure measure,
      @Nullable BigDecimal amount) {
    this.kind = kind;
    this.operands = operands;
    this.sense = sense;
    this.measure = measure;
    this.amount = amount;
  }

  /**
   * A derivation of a kind over its operands, in the order the kind's formula names them (old
   * before new, part before whole, actual before target).
   *
   * @param kind the formula
   * @param operands the figures it is computed from
   * @return the derivation
   * @throws IllegalArgumentException if the number of operands does not fit the kind, or the kind
   *     is {@link DerivationKind#APPLIED_CHANGE} (use {@link #appliedChange})
   */
  public static Derivation of(DerivationKind kind, List<FigureRef> operands) {
    Checks.notNull(kind, "derivation kind");
    Checks.argument(
        kind != DerivationKind.APPLIED_CHANGE,
        "an applied change needs a measure and an amount: use appliedChange");
    return create(kind, operands, ChangeSense.CHANGE, null, null);
  }

  private static Derivation create(
      DerivationKind kind,
      List<FigureRef> operands,
      ChangeSense sense,
      @Nullable ChangeMeasure measure,
      @Nullable BigDecimal amount) {
    List<FigureRef> copy = List.copyOf(Checks.noNullElements(operands, "operands"));
    Checks.argument(
        copy.size() >= kind.minOperands() && copy.size() <= kind.maxOperands(),
        "a %s derivation takes %s operands, not %d",
        kind,
        kind.minOperands() == kind.maxOperands()
            ? Integer.toString(kind.minOperands())
            : "at least " + kind.minOperands(),
        copy.size());
    return new Derivation(kind, copy, sense, measure, amount);
  }

  /**
   * A share, {@code part / whole}.
   *
   * @param part the part
   * @param whole the whole
   * @return the derivation
   */
  public static Derivation share(FigureRef part, FigureRef whole) {
    return of(DerivationKind.SHARE, List.of(part, whole));
  }

  /**
   * A ratio or multiple, {@code a / b}.
   *
   * @param numerator the figure divided
   * @param denominator the figure divided by
   * @return the derivation
   */
  public static Derivation ratio(FigureRef numerator, FigureRef denominator) {
    return of(DerivationKind.RATIO, List.of(numerator, denominator));
  }

  /**
   * An absolute change, {@code to − from}, in the figures' unit.
   *
   * @param from the old figure (the reference: baseline, earlier period, plan)
   * @param to the new figure
   * @return the derivation
   */
  public static Derivation difference(FigureRef from, FigureRef to) {
    return of(DerivationKind.DIFFERENCE, List.of(from, to));
  }

  /**
   * A relative change, {@code (to − from) / |from| × 100}.
   *
   * @param from the old figure
   * @param to the new figure
   * @return the derivation
   */
  public static Derivation relativeChange(FigureRef from, FigureRef to) {
    return of(DerivationKind.RELATIVE_CHANGE, List.of(from, to));
  }

  /**
   * A change of a percentage in percentage points.
   *
   * @param from the old figure
   * @param to the new figure
   * @return the derivation
   */
  public static Derivation percentagePointChange(FigureRef from, FigureRef to) {
    return of(DerivationKind.PERCENTAGE_POINT_CHANGE, List.of(from, to));
  }

  /**
   * A change of a score in points of its scale.
   *
   * @param from the old figure
   * @param to the new figure
   * @return the derivation
   */
  public static Derivation scalePointChange(FigureRef from, FigureRef to) {
    return of(DerivationKind.SCALE_POINT_CHANGE, List.of(from, to));
  }

  /**
   * A score as a percentage of its scale.
   *
   * @param score the score
   * @return the derivation
   */
  public static Derivation percentOfScale(FigureRef score) {
    return of(DerivationKind.PERCENT_OF_SCALE, List.of(score));
  }

  /**
   * The value a change of {@code amount} leads to from {@code base}.
   *
   * @param base the figure changed
   * @param measure how the change is measured
   * @param amount the change in percent, percentage points or points of the scale
   * @return the derivation
   */
  public static Derivation appliedChange(FigureRef base, ChangeMeasure measure, BigDecimal amount) {
    Checks.notNull(measure, "measure");
    DecimalLimits.check(amount, "change amount");
    return create(
        DerivationKind.APPLIED_CHANGE, List.of(base), ChangeSense.CHANGE, measure, amount);
  }

  /**
   * A total.
   *
   * @param terms the figures added, at least one
   * @return the derivation
   */
  public static Derivation sum(List<FigureRef> terms) {
    return of(DerivationKind.SUM, terms);
  }

  /**
   * An arithmetic mean.
   *
   * @param terms the figures averaged, at least one
   * @return the derivation
   */
  public static Derivation mean(List<FigureRef> terms) {
    return of(DerivationKind.MEAN, terms);
  }

  /**
   * The percent of a target reached, {@code actual / target × 100}.
   *
   * @param actual the figure reached
   * @param target the target or plan
   * @return the derivation
   */
  public static Derivation percentOfTarget(FigureRef actual, FigureRef target) {
    return of(DerivationKind.PERCENT_OF_TARGET, List.of(actual, target));
  }

  /**
   * The same value printed at another precision or magnitude.
   *
   * @param figure the figure restated
   * @return the derivation
   */
  public static Derivation restatement(FigureRef figure) {
    return of(DerivationKind.RESTATEMENT, List.of(figure));
  }

  /**
   * A copy read in a sense: {@link ChangeSense#IMPROVEMENT} flips the sign of a change of a
   * lower-is-better metric.
   *
   * @param newSense the sense
   * @return the copy, or {@code this} when the sense is unchanged
   * @throws IllegalArgumentException if the sense is an improvement and the kind is not a change
   */
  public Derivation inSense(ChangeSense newSense) {
    Checks.notNull(newSense, "sense");
    Checks.argument(
        newSense == ChangeSense.CHANGE || kind.isChange(),
        "a %s derivation has no sense of improvement",
        kind);
    return newSense == sense ? this : new Derivation(kind, operands, newSense, measure, amount);
  }

  /**
   * The formula.
   *
   * @return the kind
   */
  public DerivationKind kind() {
    return kind;
  }

  /**
   * The figures the formula is computed from, in its order.
   *
   * @return the operands, unmodifiable
   */
  public List<FigureRef> operands() {
    return operands;
  }

  /**
   * The sign a change is read in.
   *
   * @return the sense; {@link ChangeSense#CHANGE} unless set
   */
  public ChangeSense sense() {
    return sense;
  }

  /**
   * How an applied change is measured.
   *
   * @return the measure of an {@link DerivationKind#APPLIED_CHANGE}, else empty
   */
  public Optional<ChangeMeasure> measure() {
    return Optional.ofNullable(measure);
  }

  /**
   * The amount of an applied change.
   *
   * @return the amount of an {@link DerivationKind#APPLIED_CHANGE}, else empty
   */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Derivation other)) {
      return false;
    }
    BigDecimal a = amount;
    BigDecimal b = other.amount;
    boolean sameAmount = a == null ? b == null : b != null && a.compareTo(b) == 0;
    return kind == other.kind
        && operands.equals(other.operands)
        && sense == other.sense
        && measure == other.measure
        && sameAmount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, operands, sense, measure);
  }

  /**
   * {@code "RELATIVE_CHANGE(check-in FY2019/20 Q2 of cycle-time, check-in FY2019/20 Q3 of
   * cycle-time)"}, with the sense, measure and amount when they apply.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind.name()).append('(');
    for (int i = 0; i < operands.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(operands.get(i));
    }
    if (measure != null && amount != null) {
      sb.append(", ").append(measure).append(' ').append(amount.toPlainString());
    }
    sb.append(')');
    return sense == ChangeSense.IMPROVEMENT ? sb + " as improvement" : sb.toString();
  }
}
