package org.okr4j.core.audit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.DerivedFigure;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;

/**
 * Checks whether each derived figure a report prints follows from the printed figures it is derived
 * from, and says how sharp the check was.
 *
 * <p><b>What is audited.</b> Every figure the model marks as derived, each a case of the {@link
 * DerivationKind} vocabulary: a baseline, check-in or {@link Fact} with a {@link
 * org.okr4j.core.model.Share} ({@code 24.9% (238.9M/959.4M)}, {@link DerivationKind#SHARE}); a
 * score baseline also stated as a percentage ({@code 3.8/5 or 76%}, {@link
 * DerivationKind#PERCENT_OF_SCALE}); the stated value of a {@link ChangeTarget} ({@code 2% (18
 * days)}, {@link DerivationKind#APPLIED_CHANGE}), headline targets included; every {@link
 * StatedChange} of a check-in ({@code -1.4% (1151)}, a change kind); and every {@link
 * DerivedFigure} of an objective, with the derivation it claims over other figures of the report.
 * The audit never special-cases a figure.
 *
 * <p><b>Readings.</b> A figure is recomputed under the claimed reading, then under the alternatives
 * an {@link AuditPolicy} allows, in the policy's documented order; each reading is rounded to the
 * printed figure's step under each of the policy's rounding modes. A figure declared exact must be
 * equal. {@link #audit(Report)} uses {@link AuditPolicy#search()}; {@link #audit(Report,
 * AuditPolicy)} takes the caller's policy, such as {@link AuditPolicy#strict()}.
 *
 * <p><b>Precision.</b> Inputs are first taken as printed. Only if no reading matches so, and the
 * policy allows it, are the inputs allowed to vary within their stated precision (interval
 * arithmetic: {@code 31.2M} is any value in {@code [31.15M, 31.25M]}); inputs declared exact never
 * vary.
 *
 * <p><b>Verdicts.</b> The first match decides: the claimed reading as printed, rounded half up, is
 * {@link Verdict#CONSISTENT}; the claimed reading as printed under another rounding mode {@link
 * Verdict#CONSISTENT_UNDER_ROUNDING}; another reading {@link Verdict#CONSISTENT_UNDER_OTHER_BASIS};
 * the claimed reading only with inputs within their precision {@link
 * Verdict#CONSISTENT_AT_PRECISION_EDGE}; no match {@link Verdict#INCONSISTENT}; no reading
 * computable {@link Verdict#NOT_AUDITABLE}. Other matches are listed in {@link
 * AuditFinding#alsoConsistentUnder()}.
 *
 * <p><b>Sharpness.</b> Every finding carries its {@link Tolerance}: the printed values the claimed
 * reading would accept. A printed value outside {@link Tolerance#withinPrecision()} (outside {@link
 * Tolerance#asPrinted()} when the policy does not search within precision) is never reproduced by
 * the claimed reading.
 */
public final class FigureAudit {
  /** The rounding modes tried by {@link AuditPolicy#search()}, in order. */
  public static final List<RoundingMode> ROUNDING_ORDER = AuditPolicy.ALL_ROUNDING_MODES;

  private FigureAudit() {}

  /**
   * Audits every derived figure of a report under {@link AuditPolicy#search()}, objective by
   * objective in report order.
   *
   * @param report the report
   * @return one finding per derived figure, unmodifiable
   */
  public static List<AuditFinding> audit(Report report) {
    return audit(report, AuditPolicy.search());
  }

  /**
   * Audits every derived figure of a report under a policy, objective by objective in report order.
   *
   * @param report the report
   * @param policy which readings to try
   * @return one finding per derived figure, unmodifiable
   */
  public static List<AuditFinding> audit(Report report, AuditPolicy policy) {
    Checks.notNull(report, "report");
    Checks.notNull(policy, "policy");
    List<Objective> all = report.allObjectives();
    FigureResolver resolver = new FigureResolver(all);
    List<AuditFinding> findings = new ArrayList<>();
    for (Objective o : all) {
      auditOwn(o, resolver, policy, findings);
    }
    return List.copyOf(findings);
  }

  /**
   * Audits every derived figure of an objective and its child objectives under {@link
   * AuditPolicy#search()}; derived figures naming figures outside the objective are not auditable.
   *
   * @param objective the objective
   * @return one finding per derived figure, unmodifiable
   */
  public static List<AuditFinding> audit(Objective objective) {
    Checks.notNull(objective, "objective");
    List<Objective> all = new ArrayList<>();
    collect(objective, all);
    FigureResolver resolver = new FigureResolver(all);
    List<AuditFinding> findings = new ArrayList<>();
    for (Objective o : all) {
      auditOwn(o, resolver, AuditPolicy.search(), findings);
    }
    return List.copyOf(findings);
  }

  private static void collect(Objective objective, List<Objective> into) {
    into.add(objective);
    for (Objective child : objective.children()) {
      collect(child, into);
    }
  }

  private static void auditOwn(
      Objective objective, FigureResolver resolver, AuditPolicy policy, List<AuditFinding> into) {
    for (Fact fact : objective.facts()) {
      into.add(
          share(
              objective.id(),
              null,
              "fact",
              Readings.share(fact.share(), fact.value()),
              fact.value(),
              policy));
    }
    for (KeyResult k : objective.keyResults()) {
      auditKeyResult(objective.id(), k, policy, into);
    }
    for (DerivedFigure d : objective.derivedFigures()) {
      AuditedFigure figure =
          new AuditedFigure(
              objective.id(),
              d.keyResultId().orElse(null),
              "derived figure " + d.id(),
              FigureKind.DERIVED,
              d.derivation().kind(),
              d.stated(),
              Readings.describe(d.derivation().kind(), d.derivation().sense()),
              Readings.derived(d, resolver, policy));
      into.add(Search.run(figure, policy));
    }
  }

  private static AuditFinding share(
      String objectiveId,
      @Nullable String keyResultId,
      String location,
      List<Reading> readings,
      Quantity value,
      AuditPolicy policy) {
    StatedFigure stated = StatedFigure.of(Figures.quantity(value), value);
    return Search.run(
        new AuditedFigure(
            objectiveId,
            keyResultId,
            location,
            FigureKind.SHARE,
            DerivationKind.SHARE,
            stated,
            "share of the whole",
            readings),
        policy);
  }

  private static void auditKeyResult(
      String objectiveId, KeyResult k, AuditPolicy policy, List<AuditFinding> into) {
    Optional<Baseline> baseline = k.baseline();
    if (baseline.isPresent()) {
      Baseline b = baseline.orElseThrow();
      if (b.share().isPresent()) {
        into.add(
            share(
                objectiveId,
                k.id(),
                "baseline",
                Readings.share(b.share().orElseThrow(), b.value()),
                b.value(),
                policy));
      }
      for (StatedFigure percent : b.alsoStatedAs()) {
        into.add(
            Search.run(
                new AuditedFigure(
                    objectiveId,
                    k.id(),
                    "baseline",
                    FigureKind.PERCENT_OF_SCALE,
                    DerivationKind.PERCENT_OF_SCALE,
                    percent,
                    "score as a percentage of its scale",
                    List.of(Readings.percentOfScale(b.value()))),
                policy));
      }
    }
    auditTarget(objectiveId, k, k.target(), "target", policy, into);
    k.headline().ifPresent(h -> auditTarget(objectiveId, k, h, "headline target", policy, into));
    for (CheckIn c : k.checkIns()) {
      String location = "check-in " + c.period().label();
      if (c.share().isPresent()) {
        Quantity value = c.value().orElseThrow();
        into.add(
            share(
                objectiveId,
                k.id(),
                location,
                Readings.share(c.share().orElseThrow(), value),
                value,
                policy));
      }
      for (StatedChange change : c.statedChanges()) {
        into.add(
            Search.run(
                new AuditedFigure(
                    objectiveId,
                    k.id(),
                    location,
                    FigureKind.CHANGE,
                    DerivationKind.ofChange(change.claimedBasis().measure()),
                    change.figure(),
                    "change",
                    Readings.statedChange(k, c, change.claimedBasis(), policy)),
                policy));
      }
    }
  }

  private static void auditTarget(
      String objectiveId,
      KeyResult k,
      Target target,
      String location,
      AuditPolicy policy,
      List<AuditFinding> into) {
    if (!(target instanceof ChangeTarget change) || change.statedValue().isEmpty()) {
      return;
    }
    into.add(
        Search.run(
            new AuditedFigure(
                objectiveId,
                k.id(),
                location,
                FigureKind.TARGET_VALUE,
                DerivationKind.APPLIED_CHANGE,
                change.statedValue().orElseThrow(),
                "change applied to the baseline",
                Readings.changeTarget(k, change, policy)),
            policy));
  }
}
