package org.okr4j.core.audit;

import java.math.BigDecimal;
import java.time.Month;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/** Key results of the Q3 FY20 deck, built by hand for the audit tests. */
final class DeckFixtures {
  static final FiscalCalendar WIKIMEDIA = FiscalCalendar.startingIn(Month.JULY);
  static final Period Q1 = WIKIMEDIA.quarter(2020, 1);
  static final Period Q2 = WIKIMEDIA.quarter(2020, 2);
  static final Period Q3 = WIKIMEDIA.quarter(2020, 3);
  static final Unit PERCENT = Unit.percent();
  static final Unit SCORE = Unit.scoreOutOf(5);
  static final Unit DAYS = Unit.days();
  static final Unit REVIEWS = Unit.count("code reviews");
  static final Unit MAINTAINERS = Unit.count("maintainers");
  static final Unit PAGES = Unit.count("pages");
  static final ChangeBasis IMPROVEMENT_VS_BASELINE =
      ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.IMPROVEMENT);

  private DeckFixtures() {}

  static Quantity q(String value, Unit unit) {
    return Quantity.of(new BigDecimal(value), unit);
  }

  static StatedChange change(String text, String value, ChangeBasis basis) {
    return StatedChange.of(StatedFigure.of(text, q(value, PERCENT)), basis);
  }

  static CheckIn checkIn(Period period, Quantity value, StatedChange change) {
    return CheckIn.builder().period(period).value(value).addStatedChanges(change).build();
  }

  static KeyResult outstandingReviews() {
    return KeyResult.builder()
        .id("outstanding-reviews")
        .statement("20% decrease in outstanding code reviews")
        .metric(Metric.of("outstanding code reviews", REVIEWS, Direction.LOWER_IS_BETTER))
        .baseline(Baseline.of(Quantity.exact(1134, REVIEWS)))
        .target(Target.toBeDetermined())
        .headline(Target.relativeChange(new BigDecimal("-20")))
        .addCheckIns(
            checkIn(Q1, Quantity.exact(442, REVIEWS), change("61%", "61", IMPROVEMENT_VS_BASELINE)))
        .addCheckIns(
            checkIn(Q2, Quantity.exact(601, REVIEWS), change("47%", "47", IMPROVEMENT_VS_BASELINE)))
        .addCheckIns(
            checkIn(
                Q3,
                Quantity.exact(1151, REVIEWS),
                change("-1.4%", "-1.4", IMPROVEMENT_VS_BASELINE)))
        .build();
  }

  static KeyResult developerSatisfaction() {
    return KeyResult.builder()
        .id("developer-satisfaction")
        .statement("10% (4.2 / 5) increase in developer satisfaction")
        .metric(Metric.of("developer satisfaction", SCORE, Direction.HIGHER_IS_BETTER))
        .baseline(
            Baseline.builder()
                .value(q("3.8", SCORE))
                .addAlsoStatedAs(StatedFigure.of("76%", q("76", PERCENT)))
                .build())
        .target(
            Target.relativeChange(new BigDecimal("4"))
                .withStatedValue(StatedFigure.of("3.9", q("3.9", SCORE))))
        .headline(
            Target.relativeChange(new BigDecimal("10"))
                .withStatedValue(StatedFigure.of("4.2", q("4.2", SCORE))))
        .addCheckIns(
            checkIn(Q3, q("3.4", SCORE), change("-8%", "-8", ChangeBasis.RELATIVE_TO_BASELINE)))
        .build();
  }

  static KeyResult cycleTime() {
    return KeyResult.builder()
        .id("cycle-time")
        .statement("Improve Cycle Time by 10% year over year")
        .metric(Metric.of("cycle time", DAYS, Direction.LOWER_IS_BETTER))
        .baseline(Baseline.of(q("11.6", DAYS)))
        .target(Target.relativeChange(new BigDecimal("-10")))
        .addCheckIns(
            checkIn(
                Q2,
                q("10.3", DAYS),
                change("11% decrease", "-11", ChangeBasis.RELATIVE_TO_BASELINE)))
        .addCheckIns(
            checkIn(
                Q3, q("14", DAYS), change("36% increase", "36", ChangeBasis.RELATIVE_TO_BASELINE)))
        .build();
  }

  static KeyResult toolMaintainers() {
    return KeyResult.builder()
        .id("tool-maintainers")
        .statement("30% increase of tool maintainers")
        .metric(Metric.of("tool maintainers", MAINTAINERS, Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(Quantity.exact(1880, MAINTAINERS)))
        .target(
            Target.relativeChange(new BigDecimal("5"))
                .withStatedValue(StatedFigure.of("1974", Quantity.exact(1974, MAINTAINERS))))
        .addCheckIns(
            checkIn(
                Q3,
                Quantity.exact(1919, MAINTAINERS),
                change("2%", "2", ChangeBasis.RELATIVE_TO_BASELINE)))
        .build();
  }

  static KeyResult codeReviewTime() {
    return KeyResult.builder()
        .id("code-review-time")
        .statement("10% decrease in code review time")
        .metric(Metric.of("code review time", DAYS, Direction.LOWER_IS_BETTER))
        .baseline(Baseline.of(q("19", DAYS)))
        .target(
            Target.relativeChange(new BigDecimal("-2"))
                .withStatedValue(StatedFigure.of("18 days", q("18", DAYS))))
        .headline(Target.relativeChange(new BigDecimal("-10")))
        .addCheckIns(checkIn(Q2, q("21", DAYS), change("-10%", "-10", IMPROVEMENT_VS_BASELINE)))
        .addCheckIns(checkIn(Q3, q("17", DAYS), change("10%", "10", IMPROVEMENT_VS_BASELINE)))
        .build();
  }

  static KeyResult commonsUsage() {
    return KeyResult.builder()
        .id("commons-usage")
        .statement("An X% increase in non-text (e.g. Commons) content used across wikis")
        .metric(Metric.of("share of Commons used", PERCENT, Direction.HIGHER_IS_BETTER))
        .baseline(
            Baseline.builder()
                .value(q("52.9", PERCENT))
                .share(Share.of(Quantity.parse("31.2M", PAGES), Quantity.parse("60M", PAGES)))
                .build())
        .target(Target.toBeDetermined())
        .build();
  }

  static KeyResult structuredData() {
    return KeyResult.builder()
        .id("structured-data")
        .statement("An X% increase in structured data used (uptake) across wikis")
        .metric(
            Metric.of("share of pages using structured data", PERCENT, Direction.HIGHER_IS_BETTER))
        .baseline(
            Baseline.builder()
                .value(q("24.9", PERCENT))
                .share(Share.of(Quantity.parse("238.9M", PAGES), Quantity.parse("959.4M", PAGES)))
                .build())
        .target(Target.toBeDetermined())
        .build();
  }

  static KeyResult codeQuality() {
    return KeyResult.builder()
        .id("code-quality")
        .statement("25% increase in code quality")
        .metric(Metric.of("code quality", PERCENT, Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(q("0", PERCENT)))
        .target(Target.percentagePoints(new BigDecimal("5")))
        .addCheckIns(
            checkIn(
                Q3, q("11.9", PERCENT), change("11.9%", "11.9", ChangeBasis.RELATIVE_TO_BASELINE)))
        .build();
  }

  static Fact commonsStructuredData() {
    return Fact.builder()
        .statement("13.6% (8.1M/59.7M) of pages on Commons have structured data")
        .value(q("13.6", PERCENT))
        .share(Share.of(Quantity.parse("8.1M", PAGES), Quantity.parse("59.7M", PAGES)))
        .build();
  }
}
