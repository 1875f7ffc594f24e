package org.okr4j.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.audit.DeckFixtures.Q1;
import static org.okr4j.core.audit.DeckFixtures.Q3;
import static org.okr4j.core.audit.DeckFixtures.q;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;

class FigureAuditTest {

  private static List<AuditFinding> audit(KeyResult... keyResults) {
    return FigureAudit.audit(
        Objective.builder().id("objective").title("Objective").addKeyResults(keyResults).build());
  }

  private static AuditFinding only(KeyResult keyResult, String location) {
    return audit(keyResult).stream()
        .filter(f -> f.location().equals(location))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two findings at " + location);
            })
        .orElseThrow();
  }

  @Test
  void change_outstandingReviewsQ1_consistentAsImprovement() {
    AuditFinding f = only(DeckFixtures.outstandingReviews(), "check-in FY2019/20 Q1");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.kind()).isEqualTo(FigureKind.CHANGE);
    assertThat(f.stated().text()).isEqualTo("61%");
    // (1134 − 442) / 1134 × 100 = 69200/1134 = 34600/567
    assertThat(f.computed()).contains(Rational.of(34600, 567));
    assertThat(f.matched().orElseThrow().rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(f.matched().orElseThrow().isWithinInputPrecision()).isFalse();
    assertThat(f.keyResultId()).contains("outstanding-reviews");
    assertThat(f.objectiveId()).isEqualTo("objective");
  }

  @Test
  void change_outstandingReviewsQ3_consistentOnlyIfTruncated() {
    AuditFinding f = only(DeckFixtures.outstandingReviews(), "check-in FY2019/20 Q3");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_ROUNDING);
    // (1134 − 1151) / 1134 × 100 = -1700/1134 = -850/567 = -1.4991...
    assertThat(f.computed()).contains(Rational.of(-850, 567));
    Interpretation matched = f.matched().orElseThrow();
    assertThat(matched.rounding()).isEqualTo(RoundingMode.DOWN);
    assertThat(matched.isClaimedBasis()).isTrue();
    assertThat(matched.basis()).isEqualTo("relative improvement against the baseline");
    // exact counts: the claimed range is the single computed value
    assertThat(f.claimedRange()).contains(Interval.of(Rational.of(-850, 567)));
    assertThat(f.explanation().brief())
        .isEqualTo(
            "(1134 − 1151) / 1134 × 100 = -1.49912…%; rounded half up to the nearest 0.1 that prints -1.5%,"
                + " so -1.4% follows only under DOWN (truncation toward zero)");
  }

  @Test
  void change_satisfactionQ3_consistentOnlyAsScalePoints() {
    AuditFinding f = only(DeckFixtures.developerSatisfaction(), "check-in FY2019/20 Q3");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.computed()).contains(Rational.of(-8));
    assertThat(f.matched().orElseThrow().basis())
        .isEqualTo("scale-point change against the baseline");
    // the claimed relative basis gives (3.4/3.8 − 1) × 100 = -200/19 = -10.526...
    assertThat(f.claimedRange().orElseThrow().contains(Rational.of(-200, 19))).isTrue();
    // with 3.8 and 3.4 anywhere in [3.75, 3.85] and [3.35, 3.45]: [3.35/3.85 − 1, 3.45/3.75 − 1]
    assertThat(f.claimedRange())
        .contains(
            Interval.between(
                Rational.of(335, 385).minus(Rational.ONE).multipliedBy(Rational.ONE_HUNDRED),
                Rational.of(-8)));
    assertThat(f.alsoConsistentUnder())
        .extracting(Interpretation::basis, Interpretation::isWithinInputPrecision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("relative change against the baseline", true));
  }

  @Test
  void change_cycleTimeQ3_consistentOnlyAgainstPreviousPeriod() {
    AuditFinding f = only(DeckFixtures.cycleTime(), "check-in FY2019/20 Q3");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    // (14 − 10.3) / 10.3 × 100 = 3700/103
    assertThat(f.computed()).contains(Rational.of(3700, 103));
    assertThat(f.matched().orElseThrow().basis())
        .isEqualTo("relative change against the previous period");
    assertThat(f.explanation().result())
        .contains("as claimed (relative change against the baseline) it is 20.6897…%")
        .contains("range [15.87%, 25.55%]");
  }

  @Test
  void change_cycleTimeQ2_consistent() {
    AuditFinding f = only(DeckFixtures.cycleTime(), "check-in FY2019/20 Q2");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(-650, 58));
  }

  @Test
  void change_fromZeroBaseline_readAsPercentagePoints() {
    AuditFinding f = only(DeckFixtures.codeQuality(), "check-in FY2019/20 Q3");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.matched().orElseThrow().basis())
        .isEqualTo("percentage-point change against the baseline");
    assertThat(f.computed()).contains(Rational.of(119, 10));
    assertThat(f.claimedRange()).isEmpty();
    assertThat(f.explanation().result())
        .contains("as claimed (relative change against the baseline) it is undefined");
  }

  @Test
  void change_codeReviewTime_truncatedImprovements() {
    List<AuditFinding> findings = audit(DeckFixtures.codeReviewTime());
    AuditFinding q2 =
        findings.stream().filter(f -> f.stated().text().equals("-10%")).findFirst().orElseThrow();
    AuditFinding q3 =
        findings.stream().filter(f -> f.stated().text().equals("10%")).findFirst().orElseThrow();
    assertThat(q2.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_ROUNDING);
    assertThat(q2.computed()).contains(Rational.of(-200, 19));
    assertThat(q2.matched().orElseThrow().rounding()).isEqualTo(RoundingMode.DOWN);
    assertThat(q3.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_ROUNDING);
    assertThat(q3.computed()).contains(Rational.of(200, 19));
  }

  @Test
  void targetValue_codeReviewTime_18DaysOnlyIfTruncated() {
    AuditFinding f = only(DeckFixtures.codeReviewTime(), "target");
    assertThat(f.kind()).isEqualTo(FigureKind.TARGET_VALUE);
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_ROUNDING);
    assertThat(f.computed()).contains(Rational.of(new BigDecimal("18.62")));
    assertThat(f.matched().orElseThrow().rounding()).isEqualTo(RoundingMode.DOWN);
    // 19 days may be anything in [18.5, 19.5]: × 0.98 gives [18.13, 19.11], which meets 18 ± 0.5
    assertThat(f.alsoConsistentUnder())
        .extracting(Interpretation::rounding, Interpretation::isWithinInputPrecision)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RoundingMode.HALF_UP, true));
    assertThat(f.claimedRange())
        .contains(
            Interval.between(
                Rational.of(new BigDecimal("18.13")), Rational.of(new BigDecimal("19.11"))));
  }

  @Test
  void targetValue_toolMaintainers_exact() {
    AuditFinding f = only(DeckFixtures.toolMaintainers(), "target");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(1974));
    assertThat(f.matched().orElseThrow().rounding()).isEqualTo(RoundingMode.UNNECESSARY);
  }

  @Test
  void targetValue_satisfaction_goalTruncatedHeadlineRounded() {
    List<AuditFinding> findings = audit(DeckFixtures.developerSatisfaction());
    AuditFinding goal =
        findings.stream().filter(f -> f.location().equals("target")).findFirst().orElseThrow();
    AuditFinding headline =
        findings.stream()
            .filter(f -> f.location().equals("headline target"))
            .findFirst()
            .orElseThrow();
    assertThat(goal.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_ROUNDING);
    assertThat(goal.computed()).contains(Rational.of(new BigDecimal("3.952")));
    assertThat(headline.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(headline.computed()).contains(Rational.of(new BigDecimal("4.18")));
  }

  @Test
  void percentOfScale_satisfactionBaseline_consistent() {
    AuditFinding f =
        audit(DeckFixtures.developerSatisfaction()).stream()
            .filter(x -> x.kind() == FigureKind.PERCENT_OF_SCALE)
            .findFirst()
            .orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(76));
    assertThat(f.explanation().substituted()).isEqualTo("3.8 / 5 × 100");
  }

  @Test
  void share_structuredData_consistent() {
    AuditFinding f = only(DeckFixtures.structuredData(), "baseline");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.stated().text()).isEqualTo("24.9%");
    assertThat(f.computed()).contains(Rational.of(2389000, 95940));
  }

  @Test
  void share_commons_inconsistentWithTheIntervalTheInputsAllow() {
    AuditFinding f = only(DeckFixtures.commonsUsage(), "baseline");
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.computed()).contains(Rational.of(52));
    assertThat(f.matched()).isEmpty();
    // 31.2M ± 0.05M over 60M ± 0.5M
    assertThat(f.claimedRange())
        .contains(
            Interval.between(
                Rational.of(3115, 6050).multipliedBy(Rational.ONE_HUNDRED),
                Rational.of(3125, 5950).multipliedBy(Rational.ONE_HUNDRED)));
    assertThat(f.explanation().result())
        .isEqualTo(
            "52%; inputs within their stated precision allow [51.487%, 52.522%]; no basis or"
                + " rounding the audit tried gives 52.9%: inconsistent");
  }

  @Test
  void share_factOfAnObjective_audited() {
    Objective o =
        Objective.builder()
            .id("platform")
            .title("Platform Evolution")
            .addFacts(DeckFixtures.commonsStructuredData())
            .build();
    List<AuditFinding> findings = FigureAudit.audit(o);
    assertThat(findings).hasSize(1);
    AuditFinding f = findings.get(0);
    assertThat(f.keyResultId()).isEmpty();
    assertThat(f.location()).isEqualTo("fact");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(81, 597).multipliedBy(Rational.ONE_HUNDRED));
  }

  @Test
  void share_roundedInputs_consistentOnlyWithinPrecision() {
    // 1.0 / 3.0 = 33.33% rounds to 33 or (UP) 34 at most; 35% needs e.g. 1.04 / 2.96 = 35.1%
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("share")
            .metric(Metric.of("share", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(
                Baseline.builder()
                    .value(q("35", Unit.percent()))
                    .share(
                        org.okr4j.core.model.Share.of(
                            q("1.0", Unit.count()), q("3.0", Unit.count())))
                    .build())
            .target(Target.toBeDetermined())
            .build();
    AuditFinding f = only(k, "baseline");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_AT_PRECISION_EDGE);
    assertThat(f.reproducesAsPrinted()).isFalse();
    assertThat(f.matched().orElseThrow().isWithinInputPrecision()).isTrue();
    assertThat(f.explanation().result())
        .contains("only with inputs at the edge of their stated precision");
  }

  @Test
  void share_exactInputs_neverWidened() {
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("share")
            .metric(Metric.of("share", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(
                Baseline.builder()
                    .value(q("35", Unit.percent()))
                    .share(
                        org.okr4j.core.model.Share.of(
                            Quantity.exact(1, Unit.count()), Quantity.exact(3, Unit.count())))
                    .build())
            .target(Target.toBeDetermined())
            .build();
    assertThat(only(k, "baseline").verdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void targetValue_withoutBaseline_notAuditable() {
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("no baseline")
            .metric(Metric.of("days", Unit.days(), Direction.LOWER_IS_BETTER))
            .target(
                Target.relativeChange(new BigDecimal("-2"))
                    .withStatedValue(StatedFigure.of("18 days", q("18", Unit.days()))))
            .build();
    AuditFinding f = only(k, "target");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_AUDITABLE);
    assertThat(f.computed()).isEmpty();
    assertThat(f.explanation().result()).contains("not auditable");
  }

  @Test
  void change_previousPeriodClaimedWithoutPrevious_fallsBackToBaseline() {
    ChangeBasis previous =
        ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.CHANGE);
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("tools")
            .metric(Metric.of("tools", Unit.count("tools"), Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(Quantity.exact(8, Unit.count("tools"))))
            .target(Target.reach(Quantity.exact(10, Unit.count("tools"))))
            .addCheckIns(
                DeckFixtures.checkIn(
                    Q1,
                    Quantity.exact(11, Unit.count("tools")),
                    DeckFixtures.change("37.5%", "37.5", previous)))
            .build();
    AuditFinding f = only(k, "check-in FY2019/20 Q1");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.matched().orElseThrow().basis()).isEqualTo("relative change against the baseline");
    assertThat(f.claimedRange()).isEmpty();
  }

  @Test
  void change_noReadingComputable_notAuditable() {
    ChangeBasis previous =
        ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.CHANGE);
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("no baseline, first check-in")
            .metric(Metric.of("tools", Unit.count("tools"), Direction.HIGHER_IS_BETTER))
            .target(Target.reach(Quantity.exact(10, Unit.count("tools"))))
            .addCheckIns(
                DeckFixtures.checkIn(
                    Q3,
                    Quantity.exact(11, Unit.count("tools")),
                    DeckFixtures.change("10%", "10", previous)))
            .build();
    assertThat(only(k, "check-in FY2019/20 Q3").verdict()).isEqualTo(Verdict.NOT_AUDITABLE);
  }

  @Test
  void report_auditsEveryDerivedFigureInReportOrder() {
    Objective child =
        Objective.builder()
            .id("child")
            .title("Child")
            .addKeyResults(DeckFixtures.toolMaintainers())
            .build();
    Objective parent =
        Objective.builder()
            .id("parent")
            .title("Parent")
            .addKeyResults(DeckFixtures.commonsUsage())
            .addChildren(child)
            .build();
    Report report =
        Report.builder()
            .title("Q3")
            .calendar(FiscalCalendar.startingIn(Month.JULY))
            .period(Q3)
            .addObjectives(parent)
            .build();
    List<AuditFinding> findings = FigureAudit.audit(report);
    assertThat(findings)
        .extracting(AuditFinding::objectiveId, f -> f.stated().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("parent", "52.9%"),
            org.assertj.core.groups.Tuple.tuple("child", "1974"),
            org.assertj.core.groups.Tuple.tuple("child", "2%"));
    assertThat(FigureAudit.audit(parent)).isEqualTo(findings);
  }

  @Test
  void checkInWithoutStatedFigures_nothingToAudit() {
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("plain")
            .metric(Metric.of("tools", Unit.count("tools"), Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(Quantity.exact(0, Unit.count("tools"))))
            .target(Target.reach(Quantity.exact(8, Unit.count("tools"))))
            .addCheckIns(CheckIn.of(Q3, Quantity.exact(11, Unit.count("tools"))))
            .build();
    assertThat(audit(k)).isEmpty();
  }

  @Test
  void nulls_rejectedWithTheirRole() {
    new com.google.common.testing.NullPointerTester()
        .setDefault(Report.class, minimalReport())
        .setDefault(Objective.class, Objective.builder().id("o").title("o").build())
        .setDefault(AuditPolicy.class, AuditPolicy.strict())
        .testAllPublicStaticMethods(FigureAudit.class);
  }

  @Test
  void findings_areImmutable() {
    AuditFinding f = only(DeckFixtures.developerSatisfaction(), "check-in FY2019/20 Q3");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.alsoConsistentUnder().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> FigureAudit.audit(minimalReport()).add(f))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(f).isEqualTo(only(DeckFixtures.developerSatisfaction(), "check-in FY2019/20 Q3"));
    assertThat(f.hashCode())
        .isEqualTo(only(DeckFixtures.developerSatisfaction(), "check-in FY2019/20 Q3").hashCode());
    assertThat(f.toString())
        .startsWith(
            "developer-satisfaction check-in FY2019/20 Q3 \"-8%\": CONSISTENT_UNDER_OTHER_BASIS");
    assertThat(f.claimed().describe())
        .isEqualTo(
            "relative change against the baseline, HALF_UP (to nearest, halves away from zero),"
                + " inputs as printed");
  }

  private static Report minimalReport() {
    return Report.builder()
        .title("r")
        .calendar(FiscalCalendar.startingIn(Month.JULY))
        .period(Q3)
        .build();
  }

  private static KeyResult shareKeyResult(
      Unit unit, String printed, Quantity part, Quantity whole) {
    return KeyResult.builder()
        .id("k")
        .statement("share")
        .metric(Metric.of("share", unit, Direction.HIGHER_IS_BETTER))
        .baseline(
            Baseline.builder()
                .value(q(printed, unit))
                .share(org.okr4j.core.model.Share.of(part, whole))
                .build())
        .target(Target.toBeDetermined())
        .build();
  }

  @Test
  void share_asARatio_notTimesHundred() {
    AuditFinding f =
        only(
            shareKeyResult(
                Unit.ratio(),
                "0.249",
                Quantity.parse("238.9M", Unit.count()),
                Quantity.parse("959.4M", Unit.count())),
            "baseline");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.computed()).contains(Rational.of(2389, 9594));
    assertThat(f.claimed().basis()).isEqualTo("share of the whole, as a ratio");
    assertThat(f.explanation().formula()).isEqualTo("part / whole");
    assertThat(f.explanation().substituted()).isEqualTo("238900000 / 959400000");
    // 2389/9594 = 0.24900979…: shown to 3 + 4 decimals, rounded, with an ellipsis
    assertThat(f.explanation().result()).startsWith("0.2490098…, which prints as 0.249");
  }

  @Test
  void explanation_namesTheFigureAndShowsShortExactValuesWithoutEllipsis() {
    AuditFinding f = only(DeckFixtures.codeReviewTime(), "target");
    assertThat(f.explanation().subject()).isEqualTo("audit of target figure \"18 days\"");
    assertThat(f.explanation().result()).startsWith("18.62 days;");
    AuditFinding g = only(DeckFixtures.toolMaintainers(), "target");
    assertThat(g.explanation().result())
        .isEqualTo("1974 maintainers, which prints as 1974: consistent");
  }

  @Test
  void underRounding_withinInputPrecision_saysSo() {
    // 1.0 / 3.0 = 33.33…%: printed 35 is out of reach as printed under every mode, and within
    // precision HALF_UP reaches it too, so that is what matches; printed "31" needs DOWN and
    // inputs as low as 0.95 / 3.05 = 31.1%
    AuditFinding f =
        only(
            shareKeyResult(Unit.percent(), "31", q("1.0", Unit.count()), q("3.0", Unit.count())),
            "baseline");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_AT_PRECISION_EDGE);
    assertThat(f.matched().orElseThrow().isWithinInputPrecision()).isTrue();
    assertThat(f.explanation().result())
        .isEqualTo(
            "33.3333…%, which prints as 33% rounded half up to the nearest 1; 31% follows only"
                + " with inputs at the edge of their stated precision (range [31.14%, 35.60%])");
  }

  @Test
  void otherBasis_underAnotherRoundingMode_namesTheMode() {
    // cycle time 10.3 → 14 days claimed against the baseline: against the previous quarter it is
    // 35.92…%, which truncates to 35
    KeyResult k =
        KeyResult.builder()
            .from(DeckFixtures.cycleTime())
            .checkIns(
                List.of(
                    DeckFixtures.cycleTime().checkIns().get(0),
                    DeckFixtures.checkIn(
                        Q3,
                        q("14", DeckFixtures.DAYS),
                        DeckFixtures.change(
                            "35% increase", "35", ChangeBasis.RELATIVE_TO_BASELINE))))
            .build();
    AuditFinding f = only(k, "check-in FY2019/20 Q3");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_OTHER_BASIS);
    assertThat(f.matched().orElseThrow().rounding()).isEqualTo(RoundingMode.DOWN);
    assertThat(f.explanation().result())
        .startsWith(
            "35.9223…%, which prints as 35% increase under DOWN: consistent only as relative"
                + " change against the previous period");
  }

  @Test
  void notAuditable_withoutAnyReading_saysTheInputsAreMissing() {
    KeyResult k =
        KeyResult.builder()
            .id("k")
            .statement("no baseline")
            .metric(Metric.of("days", Unit.days(), Direction.LOWER_IS_BETTER))
            .target(
                Target.relativeChange(new BigDecimal("-2"))
                    .withStatedValue(StatedFigure.of("18 days", q("18", Unit.days()))))
            .build();
    AuditFinding f = only(k, "target");
    assertThat(f.explanation().formula()).isEqualTo("n/a");
    assertThat(f.explanation().substituted()).isEqualTo("inputs missing");
    assertThat(f.explanation().result())
        .isEqualTo("not auditable: the inputs it derives from are not in the report");
    assertThat(f.claimed().basis()).isEqualTo("change applied to the baseline");
    assertThat(f.claimedRange()).isEmpty();
  }

  @Test
  void interpretations_compareByValue() {
    AuditFinding a = only(DeckFixtures.developerSatisfaction(), "check-in FY2019/20 Q3");
    AuditFinding b = only(DeckFixtures.developerSatisfaction(), "check-in FY2019/20 Q3");
    Interpretation i = a.matched().orElseThrow();
    assertThat(i).isEqualTo(b.matched().orElseThrow()).hasSameHashCodeAs(b.matched().orElseThrow());
    assertThat(i).isNotEqualTo(a.claimed());
    assertThat(i.toString())
        .isEqualTo(
            "scale-point change against the baseline, HALF_UP (to nearest, halves away from"
                + " zero), inputs as printed");
  }

  @Test
  void hashCode_spreadsUnequalFindingsAndInterpretations() {
    assertHashesSpread(
        only(DeckFixtures.outstandingReviews(), "check-in FY2019/20 Q1"),
        only(DeckFixtures.outstandingReviews(), "check-in FY2019/20 Q3"),
        only(DeckFixtures.developerSatisfaction(), "check-in FY2019/20 Q3"));
    assertHashesSpread(
        Interpretation.of(
            "relative change against the baseline", true, RoundingMode.HALF_UP, false),
        Interpretation.of("relative change against the baseline", true, RoundingMode.DOWN, false),
        Interpretation.of(
            "scale-point change against the baseline", false, RoundingMode.HALF_UP, true));
  }

  @Test
  void atPrecisionEdge_underAnotherRoundingMode_namesTheMode() {
    // 1.0 / 3.1 = 1000/31 % = 32.2580…%; within the inputs' precision it runs from 0.95 / 3.15 =
    // 30.158…% to 1.05 / 3.05 = 34.426…%. Printed 35 comes under HALF_UP from [34.5, 35.5), out of
    // reach, and likewise under HALF_EVEN, HALF_DOWN and DOWN ([35, 36)); UP takes (34, 35].
    AuditFinding f =
        only(
            shareKeyResult(Unit.percent(), "35", q("1.0", Unit.count()), q("3.1", Unit.count())),
            "baseline");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_AT_PRECISION_EDGE);
    assertThat(f.matched().orElseThrow().rounding()).isEqualTo(RoundingMode.UP);
    assertThat(f.explanation().result())
        .isEqualTo(
            "32.2581…%, which prints as 32% rounded half up to the nearest 1; 35% follows under UP"
                + " only with inputs at the edge of their stated precision (range [30.15%,"
                + " 34.43%])");
  }

  @Test
  void underRounding_alsoConsistentWithinPrecision_namesTheOtherReading() {
    // 1000/31 % = 32.2580…% prints 33 only under UP as printed; within the inputs' precision
    // (30.158…% to 34.426…%) HALF_UP reaches 33 too, from [32.5, 33.5).
    AuditFinding f =
        only(
            shareKeyResult(Unit.percent(), "33", q("1.0", Unit.count()), q("3.1", Unit.count())),
            "baseline");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_ROUNDING);
    assertThat(f.matched().orElseThrow().rounding()).isEqualTo(RoundingMode.UP);
    assertThat(f.alsoConsistentUnder()).hasSize(1);
    Interpretation other = f.alsoConsistentUnder().get(0);
    assertThat(other.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(other.isWithinInputPrecision()).isTrue();
    assertThat(f.explanation().result())
        .isEqualTo(
            "32.2581…%; rounded half up to the nearest 1 that prints 32%, so 33% follows under UP"
                + " (away from zero); also consistent as "
                + other.describe());
  }

  @Test
  void underRounding_toAStepOfFive_showsTheValueRoundedToThatStep() {
    // 1000/31 % = 32.2580…% printed as 35 to the nearest 5: 32.258 / 5 = 6.45…, which rounds
    // half up to 6 (30%) and only UP reaches 7 (35%).
    KeyResult k =
        KeyResult.builder()
            .from(
                shareKeyResult(
                    Unit.percent(), "35", q("1.0", Unit.count()), q("3.1", Unit.count())))
            .baseline(
                Baseline.builder()
                    .value(
                        Quantity.of(
                            new BigDecimal("35"),
                            Unit.percent(),
                            org.okr4j.core.quantity.Precision.toNearest(new BigDecimal("5"))))
                    .share(
                        org.okr4j.core.model.Share.of(
                            q("1.0", Unit.count()), q("3.1", Unit.count())))
                    .build())
            .build();
    AuditFinding f = only(k, "baseline");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT_UNDER_ROUNDING);
    assertThat(f.matched().orElseThrow().rounding()).isEqualTo(RoundingMode.UP);
    assertThat(f.explanation().result())
        .startsWith("32.2581…%; rounded half up to the nearest 5 that prints 30%, so ");
  }
}
