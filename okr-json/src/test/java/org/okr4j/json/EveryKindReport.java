package org.okr4j.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/** The report that golden/every-kind.json describes, built through okr-core's API. */
final class EveryKindReport {
  static final FiscalCalendar FY = FiscalCalendar.startingIn(Month.JULY);
  static final Period Q2 = FY.quarter(2020, 2);
  static final Period Q3 = FY.quarter(2020, 3);

  private EveryKindReport() {}

  static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  static Quantity q(String text, Unit unit) {
    return Quantity.of(d(text), unit);
  }

  static Quantity exact(String text, Unit unit) {
    return Quantity.exact(d(text), unit);
  }

  static StatedChange change(String text, String value, ChangeBasis basis) {
    return StatedChange.of(StatedFigure.of(text, q(value, Unit.percent())), basis);
  }

  static ChangeBasis basis(ChangeMeasure m, ChangeReference r, ChangeSense s) {
    return ChangeBasis.of(m, r, s);
  }

  static Report build() {
    Unit days = Unit.days();
    Unit reviews = Unit.count("code reviews");
    Unit maintainers = Unit.count("maintainers");
    Unit pages = Unit.count("pages");
    Unit percent = Unit.percent();

    KeyResult kr11 =
        KeyResult.builder()
            .id("KR1.1")
            .statement("10% decrease in code review time")
            .metric(
                Metric.builder()
                    .name("code review time")
                    .unit(days)
                    .direction(Direction.LOWER_IS_BETTER)
                    .lowerBound(d("0"))
                    .build())
            .baseline(
                Baseline.builder()
                    .value(q("19", days))
                    .asOf(AsOf.period(Period.of(YearMonth.of(2019, 6))))
                    .printed("19 days (June 2019)")
                    .build())
            .target(
                Target.relativeChange(d("-2"))
                    .withStatedValue(StatedFigure.of("18 days", q("18", days)))
                    .printedAs("2% (18 days)"))
            .headline(Target.relativeChange(d("-10")).printedAs("10% decrease in code review time"))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .value(q("14", days))
                    .state(CheckInState.ON_TRACK)
                    .note("Cycle time fell after the new review rota")
                    .addStatedChanges(
                        change(
                            "-33%",
                            "-33",
                            basis(
                                ChangeMeasure.RELATIVE,
                                ChangeReference.PREVIOUS_PERIOD,
                                ChangeSense.CHANGE)))
                    .build(),
                CheckIn.builder()
                    .period(Q2)
                    .value(q("21", days))
                    .state(CheckInState.AT_RISK)
                    .addStatedChanges(
                        change("+10.5%", "10.5", ChangeBasis.RELATIVE_TO_BASELINE),
                        change(
                            "-10.5%",
                            "-10.5",
                            basis(
                                ChangeMeasure.RELATIVE,
                                ChangeReference.BASELINE,
                                ChangeSense.IMPROVEMENT)))
                    .build())
            .build();

    KeyResult kr12 =
        KeyResult.builder()
            .id("KR1.2")
            .statement("Reduce outstanding code reviews to 1000")
            .metric(Metric.of("outstanding code reviews", reviews, Direction.LOWER_IS_BETTER))
            .baseline(Baseline.of(exact("1134", reviews), AsOf.date(LocalDate.of(2019, 6, 30))))
            .target(Target.reach(exact("1000", reviews)))
            .weight(d("2"))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q2)
                    .value(exact("1151", reviews))
                    .state(CheckInState.NO_CHANGE)
                    .printed("1151 (-1.4%)")
                    .addStatedChanges(
                        change(
                            "-1.4%",
                            "-1.4",
                            basis(
                                ChangeMeasure.RELATIVE,
                                ChangeReference.BASELINE,
                                ChangeSense.IMPROVEMENT)))
                    .build(),
                CheckIn.builder()
                    .period(Q3)
                    .value(exact("1098", reviews))
                    .state(CheckInState.IN_PROGRESS)
                    .build())
            .build();

    KeyResult kr13 =
        KeyResult.builder()
            .id("KR1.3")
            .statement("Grow the number of tool maintainers")
            .metric(Metric.of("tool maintainers", maintainers, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(q("1880", maintainers), AsOf.period(FY.fiscalYear(2019))))
            .target(
                Target.zones(q("1900", maintainers), q("1919", maintainers), q("1974", maintainers))
                    .printedAs("2% (1919)"))
            .statedStatus(StatedStatus.of(StatusColor.GREEN))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .value(q("1923", maintainers))
                    .state(CheckInState.ON_TRACK)
                    .addStatedChanges(change("+2.3%", "2.3", ChangeBasis.RELATIVE_TO_BASELINE))
                    .build())
            .build();

    Objective o1 =
        Objective.builder()
            .id("O1")
            .title("Developer productivity")
            .description("Make code review faster and keep tools maintained.")
            .statedStatus(StatedStatus.of(StatusColor.YELLOW, "Code review time went up in Q2"))
            .targetCompletion(FY.quarter(2020, 4))
            .addKeyResults(kr11, kr12, kr13)
            .build();

    KeyResult kr21 =
        KeyResult.builder()
            .id("KR2.1")
            .statement("Structured data on 25 more percent of pages")
            .metric(
                Metric.builder()
                    .name("pages with structured data")
                    .unit(percent)
                    .direction(Direction.HIGHER_IS_BETTER)
                    .lowerBound(d("0"))
                    .upperBound(d("100"))
                    .build())
            .baseline(
                Baseline.builder()
                    .value(q("24.9", percent))
                    .asOf(AsOf.period(Period.of(YearMonth.of(2020, 1))))
                    .share(
                        Share.of(Quantity.parse("238.9M", pages), Quantity.parse("959.4M", pages)))
                    .printed("24.9% (238.9M/959.4M)")
                    .build())
            .target(Target.percentagePoints(d("25")))
            .addCheckIns(
                CheckIn.builder()
                    .period(Period.of(YearMonth.of(2020, 3)))
                    .value(q("26.90", percent))
                    .state(CheckInState.DELAYED)
                    .share(
                        Share.of(Quantity.parse("258.1M", pages), Quantity.parse("959.4M", pages)))
                    .build())
            .build();

    Unit minutes = Unit.minutes();
    KeyResult kr22 =
        KeyResult.builder()
            .id("KR2.2")
            .statement("Keep the median time to patrol an edit under 13.2 minutes")
            .metric(Metric.of("median patrol time", minutes, Direction.LOWER_IS_BETTER))
            .target(
                Target.staysBelow(q("13.2", minutes), Boundary.EXCLUSIVE).printedAs("<13.2 mins"))
            .addCheckIns(
                CheckIn.builder()
                    .period(Period.between(LocalDate.of(2019, 7, 1), LocalDate.of(2020, 1, 1)))
                    .value(Quantity.of(d("12"), minutes, Precision.toNearest(d("0.5"))))
                    .state(CheckInState.MONITORING)
                    .build(),
                CheckIn.builder()
                    .period(
                        Period.between(
                            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 1), "Winter 2020"))
                    .value(q("12.8", minutes))
                    .state(CheckInState.DONE)
                    .build())
            .build();

    KeyResult kr23 =
        KeyResult.builder()
            .id("KR2.3")
            .statement("Keep the revert rate between 0.5% and 1.5%")
            .metric(Metric.of("revert rate", percent, Direction.LOWER_IS_BETTER))
            .target(
                org.okr4j.core.model.BandTarget.of(
                    q("0.5", percent), Boundary.EXCLUSIVE, q("1.5", percent), Boundary.INCLUSIVE))
            .addCheckIns(
                CheckIn.builder()
                    .period(Period.calendarYear(2019))
                    .value(q("1.2", percent))
                    .state(CheckInState.NOT_APPLICABLE)
                    .build())
            .build();

    Unit tools = Unit.count("tools");
    KeyResult kr211 =
        KeyResult.builder()
            .id("KR2.1.1")
            .statement("Deploy 8 new quality control AI tools")
            .metric(Metric.of("AI tools deployed", tools, Direction.HIGHER_IS_BETTER))
            .target(Target.reach(exact("8", tools)))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q2)
                    .value(exact("3", tools))
                    .state(CheckInState.IN_PROGRESS)
                    .build(),
                CheckIn.builder()
                    .period(Q3)
                    .value(exact("8", tools))
                    .state(CheckInState.DONE)
                    .build())
            .build();

    KeyResult kr212 =
        KeyResult.builder()
            .id("KR2.1.2")
            .statement("Release Engineering and SRE teams create a plan")
            .target(MilestoneTarget.of(d("100")))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q2)
                    .value(q("40", percent))
                    .state(CheckInState.IN_PROGRESS)
                    .build(),
                CheckIn.builder()
                    .period(Q3)
                    .state(CheckInState.DELAYED)
                    .note("Waiting for the SRE offsite")
                    .build())
            .build();

    Objective o21 =
        Objective.builder()
            .id("O2.1")
            .title("Machine learning for quality control")
            .targetCompletion(FY.fiscalYear(2020))
            .addKeyResults(kr211, kr212)
            .build();

    Objective o2 =
        Objective.builder()
            .id("O2")
            .title("Content integrity")
            .weight(d("0.5"))
            .addFacts(
                Fact.builder()
                    .statement(
                        "13.6% (8.1M/59.7M) of pages on Commons have structured data as of April"
                            + " 2020")
                    .value(q("13.6", percent))
                    .share(Share.of(Quantity.parse("8.1M", pages), Quantity.parse("59.7M", pages)))
                    .asOf(AsOf.period(Period.of(YearMonth.of(2020, 4))))
                    .build())
            .addKeyResults(kr21, kr22, kr23)
            .addChildren(o21)
            .build();

    Unit score = Unit.scoreOutOf(5);
    KeyResult kr31 =
        KeyResult.builder()
            .id("KR3.1")
            .statement("Developer satisfaction back above the 2019 survey")
            .metric(Metric.of("developer satisfaction", score, Direction.HIGHER_IS_BETTER))
            .baseline(
                Baseline.builder()
                    .value(q("3.8", score))
                    .asOf(AsOf.label("2019 survey"))
                    .addAlsoStatedAs(StatedFigure.of("76%", q("76", percent)))
                    .build())
            .target(org.okr4j.core.model.ChangeTarget.of(ChangeMeasure.SCALE_POINTS, d("5")))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .value(q("3.4", score))
                    .state(CheckInState.AT_RISK)
                    .addStatedChanges(
                        change(
                            "-8%",
                            "-8",
                            basis(
                                ChangeMeasure.SCALE_POINTS,
                                ChangeReference.BASELINE,
                                ChangeSense.CHANGE)))
                    .build())
            .build();

    KeyResult kr32 =
        KeyResult.builder()
            .id("KR3.2")
            .statement("Launch the new technical decision-making process")
            .target(Target.done())
            .note("Owner: Technology leadership")
            .addCheckIns(
                CheckIn.of(Q2, CheckInState.NOT_STARTED),
                CheckIn.builder()
                    .period(Q3)
                    .state(CheckInState.BLOCKED)
                    .note("Blocked on deployment of the MVP")
                    .printed("0 — Blocked on deployment of the MVP")
                    .build())
            .build();

    Unit projects = Unit.count("projects");
    Unit tasks = Unit.count("tasks");
    KeyResult kr33 =
        KeyResult.builder()
            .id("KR3.3")
            .statement("Complete the Wikidata quality projects")
            .target(
                CompositeTarget.of(
                        List.of(
                            CompositeTarget.Part.of(
                                "projects completed", Target.reach(q("20", projects))),
                            CompositeTarget.Part.of(
                                "tasks completed", Target.reach(q("700", tasks)), q("120", tasks)),
                            CompositeTarget.Part.of("plan written", MilestoneTarget.of(d("100")))),
                        CompositeTarget.Combination.MEAN)
                    .printedAs("20 projects completed, 700 tasks completed, a plan"))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .state(CheckInState.ON_TRACK)
                    .putPartValues("projects completed", q("12", projects))
                    .putPartValues("tasks completed", q("430", tasks))
                    .putPartValues("plan written", q("50", percent))
                    .build())
            .build();

    KeyResult kr34 =
        KeyResult.builder()
            .id("KR3.4")
            .statement("Increase new editor retention")
            .target(Target.toBeDetermined().printedAs("X% (TBD)"))
            .addCheckIns(
                CheckIn.of(Q2, CheckInState.SETTING_BASELINE),
                CheckIn.builder()
                    .period(Q3)
                    .state(CheckInState.TO_BE_DETERMINED)
                    .printed("Determining growth rate")
                    .build())
            .build();

    KeyResult kr35 =
        KeyResult.builder()
            .id("KR3.5")
            .statement("Respond to harassment reports promptly")
            .target(Target.qualitative("Address new reports within 1 month"))
            .addCheckIns(
                CheckIn.of(Q2, CheckInState.POSTPONED), CheckIn.of(Q3, CheckInState.DROPPED))
            .build();

    Unit gb = Unit.of("GB");
    KeyResult kr36 =
        KeyResult.builder()
            .id("KR3.6")
            .statement("Grow storage for media uploads")
            .metric(Metric.of("media storage", gb, Direction.HIGHER_IS_BETTER))
            .baseline(
                Baseline.of(
                    Quantity.parse("12k", gb),
                    AsOf.period(FiscalCalendar.calendarYears().quarter(2020, 1))))
            .target(Target.toBeDetermined())
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .value(exact("13100", gb))
                    .state(CheckInState.MONITORING)
                    .build())
            .build();

    KeyResult kr37 =
        KeyResult.builder()
            .id("KR3.7")
            .statement("Run community conversations")
            .target(Target.done().printedAs("Hold the conversations"))
            .addCheckIns(
                CheckIn.builder()
                    .period(Q3)
                    .value(q("4", Unit.count("conversations")))
                    .state(CheckInState.DONE)
                    .build())
            .build();

    Objective o3 =
        Objective.builder()
            .id("O3")
            .title("Community health")
            .statedStatus(StatedStatus.of(StatusColor.RED))
            .addKeyResults(kr31, kr32, kr33, kr34, kr35, kr36, kr37)
            .build();

    return Report.builder()
        .title("Technology department OKRs, Q3 FY2019/20")
        .organization("Wikimedia Foundation")
        .calendar(FY)
        .period(Q3)
        .addObjectives(o1, o2, o3)
        .build();
  }
}
