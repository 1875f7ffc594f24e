package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.AuditPolicy;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PercentChange;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Rational;

/**
 * Every derived figure of the deck recomputed to the exact value, with its verdict; and the colours
 * derived for the key deliverables.
 */
class DeckFiguresTest {
  private static Report deck;
  private static List<AuditFinding> audit;

  @BeforeAll
  static void load() throws IOException {
    deck = Scorecard.loadDeck();
    audit = FigureAudit.audit(deck);
  }

  private record Expected(
      String where, String stated, Verdict verdict, Rational computed, String how) {}

  private static Expected e(String where, String stated, Verdict v, Rational computed, String how) {
    return new Expected(where, stated, v, computed, how);
  }

  private static final Verdict OK = Verdict.CONSISTENT;
  private static final Verdict ROUNDING = Verdict.CONSISTENT_UNDER_ROUNDING;
  private static final Verdict BASIS = Verdict.CONSISTENT_UNDER_OTHER_BASIS;
  private static final Verdict NO = Verdict.INCONSISTENT;
  private static final String HALF_UP = "claimed HALF_UP";
  private static final String TRUNCATED = "claimed DOWN";

  /** The 23 derived figures, in report order, with their exact recomputed values. */
  private static final List<Expected> FIGURES =
      List.of(
          // 8.1M / 59.7M × 100
          e("mtp-content fact", "13.6%", OK, Rational.of(8100, 597), HALF_UP),
          // 238.9M / 959.4M × 100
          e("mtp-structured-data baseline", "24.9%", OK, Rational.of(238900, 9594), HALF_UP),
          e(
              "mtp-structured-data check-in FY2019/20 Q3",
              "24.9%",
              OK,
              Rational.of(238900, 9594),
              HALF_UP),
          // 31.2M / 60M × 100 = 52, printed 52.9
          e("mtp-commons-usage baseline", "52.9%", NO, Rational.of(52), ""),
          e("mtp-commons-usage check-in FY2019/20 Q3", "52.9%", NO, Rational.of(52), ""),
          // 19 × (1 − 2/100) = 18.62, printed 18
          e("mtp-code-review-time target", "18 days", ROUNDING, Rational.of(1862, 100), TRUNCATED),
          // improvement (19 − 21) / 19 × 100, printed -10
          e(
              "mtp-code-review-time check-in FY2019/20 Q2",
              "-10%",
              ROUNDING,
              Rational.of(-200, 19),
              TRUNCATED),
          e(
              "mtp-code-review-time check-in FY2019/20 Q3",
              "10%",
              ROUNDING,
              Rational.of(200, 19),
              TRUNCATED),
          // 1880 × 1.05
          e("mtp-tool-maintainers target", "1974", OK, Rational.of(1974), "claimed UNNECESSARY"),
          // (1919 − 1880) / 1880 × 100
          e("mtp-tool-maintainers check-in FY2019/20 Q3", "2%", OK, Rational.of(195, 94), HALF_UP),
          // 3.8 × 1.04 = 3.952, printed 3.9
          e(
              "mtp-developer-satisfaction target",
              "3.9",
              ROUNDING,
              Rational.of(3952, 1000),
              TRUNCATED),
          // 3.8 × 1.10 = 4.18
          e(
              "mtp-developer-satisfaction headline target",
              "4.2",
              OK,
              Rational.of(418, 100),
              HALF_UP),
          // (3.4 − 3.8) / 5 × 100 = -8 points of the scale; relative would be -10.53%
          e(
              "mtp-developer-satisfaction check-in FY2019/20 Q3",
              "-8%",
              BASIS,
              Rational.of(-8),
              "scale-point change against the baseline HALF_UP"),
          // improvements (1134 − x) / 1134 × 100
          e(
              "mtp-outstanding-reviews check-in FY2019/20 Q1",
              "61%",
              OK,
              Rational.of(69200, 1134),
              HALF_UP),
          e(
              "mtp-outstanding-reviews check-in FY2019/20 Q2",
              "47%",
              OK,
              Rational.of(53300, 1134),
              HALF_UP),
          e(
              "mtp-outstanding-reviews check-in FY2019/20 Q3",
              "-1.4%",
              ROUNDING,
              Rational.of(-1700, 1134),
              TRUNCATED),
          // 3.8 / 5 × 100
          e("efficiency-improvement baseline", "76%", OK, Rational.of(76), HALF_UP),
          e("efficiency-improvement target", "4.18", OK, Rational.of(418, 100), HALF_UP),
          e(
              "efficiency-improvement check-in FY2019/20 Q3",
              "-8%",
              BASIS,
              Rational.of(-8),
              "scale-point change against the baseline HALF_UP"),
          // (10.3 − 11.6) / 11.6 × 100
          e(
              "cycle-time check-in FY2019/20 Q2",
              "11% decrease",
              OK,
              Rational.of(-1300, 116),
              HALF_UP),
          // (14 − 10.3) / 10.3 × 100: against the previous quarter, not the baseline
          e(
              "cycle-time check-in FY2019/20 Q3",
              "36% increase",
              BASIS,
              Rational.of(3700, 103),
              "relative change against the previous period HALF_UP"),
          e("old-code-review-time target", "18 days", ROUNDING, Rational.of(1862, 100), TRUNCATED),
          e(
              "old-satisfaction-and-reviews target",
              "3.9",
              ROUNDING,
              Rational.of(3952, 1000),
              TRUNCATED));

  private static String where(AuditFinding f) {
    return f.keyResultId().orElse(f.objectiveId()) + " " + f.location();
  }

  private static String how(AuditFinding f) {
    return f.matched()
        .map(
            m ->
                (m.isClaimedBasis() ? "claimed" : m.basis())
                    + " "
                    + m.rounding()
                    + (m.isWithinInputPrecision() ? " within precision" : ""))
        .orElse("");
  }

  @Test
  void everyDerivedFigure_recomputedExactlyWithItsVerdict() {
    assertThat(audit).hasSize(FIGURES.size());
    for (int i = 0; i < FIGURES.size(); i++) {
      Expected x = FIGURES.get(i);
      AuditFinding f = audit.get(i);
      assertThat(where(f)).as("figure %d", i).isEqualTo(x.where());
      assertThat(f.stated().text()).as(x.where()).isEqualTo(x.stated());
      assertThat(f.verdict()).as(x.where()).isEqualTo(x.verdict());
      assertThat(f.computed()).as(x.where()).contains(x.computed());
      assertThat(how(f)).as(x.where()).isEqualTo(x.how());
    }
  }

  @Test
  void verdicts_countedPerKind() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    audit.forEach(f -> counts.merge(f.verdict(), 1, Integer::sum));
    assertThat(counts)
        .containsExactly(
            Map.entry(Verdict.CONSISTENT, 11),
            Map.entry(Verdict.CONSISTENT_UNDER_ROUNDING, 7),
            Map.entry(Verdict.CONSISTENT_UNDER_OTHER_BASIS, 3),
            Map.entry(Verdict.INCONSISTENT, 2));
  }

  @Test
  void onlyUnderTruncation_saidOnlyWhereNoOtherReadingFits() {
    List<AuditFinding> rounding =
        audit.stream().filter(f -> f.verdict() == Verdict.CONSISTENT_UNDER_ROUNDING).toList();
    List<String> only =
        rounding.stream()
            .filter(f -> f.explanation().result().contains("follows only under"))
            .map(f -> f.stated().text())
            .toList();
    // -1.4% has exact inputs (1134, 1151): nothing but truncation gives it
    assertThat(only).containsExactly("-1.4%");
    for (AuditFinding f : rounding) {
      if (!f.stated().text().equals("-1.4%")) {
        // the others also fit rounded half up with inputs within their stated precision
        assertThat(f.alsoConsistentUnder())
            .as(f.toString())
            .anyMatch(
                i ->
                    i.isClaimedBasis()
                        && i.isWithinInputPrecision()
                        && i.rounding() == RoundingMode.HALF_UP);
      }
    }
  }

  @Test
  void tolerances_codeReviewTimeTenPercent() {
    // improvement (19 − 17) / 19 × 100 = 10.53 as printed: any mode prints 10 or 11; with 19 and 17
    // anywhere in [18.5, 19.5] and [16.5, 17.5]: (18.5 − 17.5) / 18.5 = 5.41% (floor 5) …
    // (19.5 − 16.5) / 19.5 = 15.38% (ceiling 16)
    AuditFinding f = audit.get(7);
    assertThat(f.stated().text()).isEqualTo("10%");
    assertThat(f.tolerance().asPrinted().orElseThrow().lower()).isEqualTo(Rational.of(10));
    assertThat(f.tolerance().asPrinted().orElseThrow().upper()).isEqualTo(Rational.of(11));
    assertThat(f.tolerance().withinPrecision().orElseThrow().lower()).isEqualTo(Rational.of(5));
    assertThat(f.tolerance().withinPrecision().orElseThrow().upper()).isEqualTo(Rational.of(16));
    List<AuditFinding> strict = FigureAudit.audit(deck, AuditPolicy.strict());
    assertThat(strict.get(7).tolerance().asPrinted().orElseThrow().lower())
        .isEqualTo(Rational.of(11));
    assertThat(strict.get(7).verdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void commonsShare_inconsistentEvenWithinTheInputsPrecision() {
    AuditFinding f = audit.get(3);
    // 31.2M ± 0.05M over 60M ± 0.5M
    assertThat(f.claimedRange().orElseThrow().lower())
        .isEqualTo(Rational.of(3115, 6050).multipliedBy(Rational.ONE_HUNDRED));
    assertThat(f.claimedRange().orElseThrow().upper())
        .isEqualTo(Rational.of(3125, 5950).multipliedBy(Rational.ONE_HUNDRED));
    assertThat(f.claimedRange().orElseThrow().upper().toBigDecimal(2, RoundingMode.CEILING))
        .isLessThan(new java.math.BigDecimal("52.85"));
  }

  @Test
  void progress_toolMaintainersAndAiTools() {
    KeyResult maintainers = deck.keyResult("mtp-tool-maintainers").orElseThrow();
    assertThat(TargetProgress.latest(maintainers).value().raw()).isEqualTo(Rational.of(39, 94));
    assertThat(TargetProgress.latest(maintainers).explanation().brief())
        .isEqualTo("(1919 − 1880) / (1974 − 1880) = 41.49%");
    KeyResult tools = deck.keyResult("deploy-ai-tools").orElseThrow();
    assertThat(TargetProgress.latest(tools).value().raw()).isEqualTo(Rational.of(11, 8));
    assertThat(TargetProgress.latest(tools).value().clamped()).isEqualTo(Rational.ONE);
    KeyResult internships = deck.keyResult("internship-programs").orElseThrow();
    // weakest of 21/20, 715/700, 17/14
    assertThat(TargetProgress.latest(internships).value().raw()).isEqualTo(Rational.of(715, 700));
  }

  @Test
  void changes_inTheirThreeSenses() {
    KeyResult cycle = deck.keyResult("cycle-time").orElseThrow();
    var q3 = cycle.latestCheckIn().orElseThrow();
    Outcome<Change> vsBaseline = PercentChange.of(cycle, q3, ChangeBasis.RELATIVE_TO_BASELINE);
    Outcome<Change> vsPrevious =
        PercentChange.of(
            cycle,
            q3,
            ChangeBasis.of(
                ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.CHANGE));
    // (14 − 11.6) / 11.6 × 100 = 240 / 11.6
    assertThat(vsBaseline.value().amount()).isEqualTo(Rational.of(2400, 116));
    assertThat(vsPrevious.value().amount()).isEqualTo(Rational.of(3700, 103));
    KeyResult satisfaction = deck.keyResult("mtp-developer-satisfaction").orElseThrow();
    Outcome<Change> points =
        PercentChange.of(
            satisfaction,
            satisfaction.latestCheckIn().orElseThrow(),
            ChangeBasis.of(
                ChangeMeasure.SCALE_POINTS, ChangeReference.BASELINE, ChangeSense.CHANGE));
    assertThat(points.value().amount()).isEqualTo(Rational.of(-8));
    KeyResult quality = deck.keyResult("mtp-code-quality").orElseThrow();
    Outcome<Change> fromZero =
        PercentChange.of(
            quality, quality.latestCheckIn().orElseThrow(), ChangeBasis.RELATIVE_TO_BASELINE);
    assertThat(fromZero.undefinedReason()).contains(UndefinedReason.CHANGE_FROM_ZERO);
  }

  @Test
  void colours_derivedUnderEachRuleSet_besideTheStatedOnes() {
    org.okr4j.report.Scorecard card = org.okr4j.report.Scorecard.evaluate(deck);
    Map<String, List<StatusColor>> derived = new java.util.LinkedHashMap<>();
    for (org.okr4j.report.ObjectiveCard c : card.objectives()) {
      if (c.stated().isPresent()) {
        derived.put(
            c.id() + " " + c.stated().orElseThrow().color() + (c.isDerivable() ? "" : " (no KRs)"),
            c.derived().stream().map(d -> d.color()).toList());
      }
    }
    // columns: pace/weakest, pace/mean, grading/weakest, grading/mean
    assertThat(derived)
        .containsExactly(
            Map.entry(
                "content-integrity YELLOW",
                List.of(
                    StatusColor.RED, StatusColor.YELLOW, StatusColor.YELLOW, StatusColor.YELLOW)),
            Map.entry(
                "ml-infrastructure YELLOW",
                List.of(StatusColor.RED, StatusColor.YELLOW, StatusColor.RED, StatusColor.YELLOW)),
            Map.entry(
                "technology-product-partnerships GREEN (no KRs)",
                List.of(
                    StatusColor.UNKNOWN,
                    StatusColor.UNKNOWN,
                    StatusColor.UNKNOWN,
                    StatusColor.UNKNOWN)),
            Map.entry(
                "developer-productivity RED",
                List.of(StatusColor.RED, StatusColor.YELLOW, StatusColor.RED, StatusColor.YELLOW)));
    assertThat(card.agreements())
        .extracting(org.okr4j.report.Agreement::label, org.okr4j.report.Agreement::agreeing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("pace, weakest", 1),
            org.assertj.core.groups.Tuple.tuple("pace, mean", 2),
            org.assertj.core.groups.Tuple.tuple("grading, weakest", 2),
            org.assertj.core.groups.Tuple.tuple("grading, mean", 2));
    assertThat(card.agreements()).allMatch(a -> a.derivable() == 3 && a.stated() == 4);
  }
}
