package org.okr4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.text.DerivationClaim.Measure;
import org.okr4j.core.text.DerivationClaim.Reference;
import org.okr4j.core.text.DerivationClaim.Sense;

class CellParserTest {
  private static final CellParser CELLS = CellParser.of(FigureParser.english().withExactCounts());

  private static Quantity q(String value, Unit unit, String step) {
    return Quantity.of(new BigDecimal(value), unit, Precision.toNearest(new BigDecimal(step)));
  }

  private static ParsedCell cell(String text, Unit unit) {
    return CELLS.parse(text, unit);
  }

  @Test
  void aFigurePastTheDecimalLimits_isNotAFailureOfTheCell() {
    // A cell parser never throws on a cell: nineteen digits are outside the accepted range.
    assertThatCode(() -> CELLS.parse("1111111111111111111 reviews")).doesNotThrowAnyException();
  }

  @Test
  void plainFigure_isCertain() {
    ParsedCell c = cell("74,549", Unit.count());
    assertThat(c.value().map(ParsedFigure::value)).contains(Quantity.exact(74549, Unit.count()));
    assertThat(c.confidence()).isEqualTo(Confidence.CERTAIN);
    assertThat(c.note()).isEmpty();
    assertThat(c.recognised()).containsExactly("value 74,549");
    assertThat(c.isEmpty()).isFalse();
  }

  @Test
  void percentBesideACount_isItsChange_probable() {
    ParsedCell c = cell("61% (442)", Unit.count());
    assertThat(c.value().map(ParsedFigure::value)).contains(Quantity.exact(442, Unit.count()));
    assertThat(c.derived()).hasSize(1);
    DerivedFigure d = c.derived().get(0);
    assertThat(d.figure().value()).isEqualTo(q("61", Unit.percent(), "1"));
    assertThat(d.claim())
        .isEqualTo(DerivationClaim.of(Reference.UNSTATED, Measure.RELATIVE, Sense.AS_SIGNED));
    assertThat(c.confidence()).isEqualTo(Confidence.PROBABLE);
  }

  @Test
  void valueThenChangeInParentheses() {
    ParsedCell c = cell("3.4 (-8%)", Unit.scoreOutOf(5));
    assertThat(c.value().map(ParsedFigure::value)).contains(q("3.4", Unit.scoreOutOf(5), "0.1"));
    assertThat(c.derived().get(0).figure().value()).isEqualTo(q("-8", Unit.percent(), "1"));
  }

  @Test
  void increaseAndDecreaseWords_giveTheSign() {
    ParsedCell up = cell("36% increase (14 days)", Unit.days());
    assertThat(up.value().map(ParsedFigure::value)).contains(q("14", Unit.days(), "1"));
    DerivedFigure d = up.derived().get(0);
    assertThat(d.printed()).isEqualTo("36% increase");
    assertThat(d.figure().value()).isEqualTo(q("36", Unit.percent(), "1"));
    assertThat(d.claim().sense()).isEqualTo(Sense.INCREASE);
    assertThat(up.confidence()).isEqualTo(Confidence.CERTAIN);
    ParsedCell down = cell("11% decrease (10.3 days)", Unit.days());
    assertThat(down.derived().get(0).figure().value()).isEqualTo(q("-11", Unit.percent(), "1"));
    assertThat(down.derived().get(0).claim().sense()).isEqualTo(Sense.DECREASE);
    assertThat(cell("-11% decrease", Unit.days()).confidence()).isEqualTo(Confidence.AMBIGUOUS);
  }

  @Test
  void plan_target_andReferences() {
    ParsedCell plan = cell("approximately $0.36MM or 22% under plan", Unit.of("USD"));
    assertThat(plan.derived()).hasSize(2);
    assertThat(plan.derived().get(0).figure().value())
        .isEqualTo(q("-360000", Unit.of("USD"), "10000"));
    assertThat(plan.derived().get(0).figure().approximate()).isTrue();
    assertThat(plan.derived().get(0).claim())
        .isEqualTo(DerivationClaim.of(Reference.PLAN, Measure.DIFFERENCE, Sense.UNDER));
    assertThat(plan.derived().get(1).claim())
        .isEqualTo(DerivationClaim.of(Reference.PLAN, Measure.RELATIVE, Sense.UNDER));
    assertThat(plan.derived().get(1).figure().value()).isEqualTo(q("-22", Unit.percent(), "1"));
    assertThat(plan.value()).isEmpty();
    assertThat(cell("5% over budget", Unit.count()).derived().get(0).claim().sense())
        .isEqualTo(Sense.OVER);
    DerivedFigure target = cell("90% of target", Unit.count()).derived().get(0);
    assertThat(target.claim())
        .isEqualTo(DerivationClaim.of(Reference.TARGET, Measure.SHARE, Sense.AS_SIGNED));
    DerivedFigure may = cell("5% increase compared with May", Unit.count()).derived().get(0);
    assertThat(may.claim())
        .isEqualTo(
            new DerivationClaim(
                Reference.NAMED_PERIOD, Optional.of("May"), Measure.RELATIVE, Sense.INCREASE));
    assertThat(may.printed()).isEqualTo("5% increase compared with May");
    assertThat(
            cell("3% compared with the previous year", Unit.count())
                .derived()
                .get(0)
                .claim()
                .reference())
        .isEqualTo(Reference.YEAR_EARLIER);
    assertThat(cell("3% up year over year", Unit.count()).derived().get(0).claim().reference())
        .isEqualTo(Reference.YEAR_EARLIER);
    assertThat(cell("+2 pp from last quarter", Unit.percent()).derived().get(0).claim())
        .isEqualTo(
            DerivationClaim.of(
                Reference.PREVIOUS_PERIOD, Measure.PERCENTAGE_POINTS, Sense.AS_SIGNED));
    assertThat(cell("-8 points from baseline", Unit.scoreOutOf(5)).derived().get(0).claim())
        .isEqualTo(DerivationClaim.of(Reference.BASELINE, Measure.SCALE_POINTS, Sense.AS_SIGNED));
  }

  @Test
  void states() {
    assertState("Done", CheckInState.DONE);
    assertState("Completed", CheckInState.DONE);
    assertState("Postponed", CheckInState.POSTPONED);
    assertState("Setting baseline", CheckInState.SETTING_BASELINE);
    assertState("TBD", CheckInState.TO_BE_DETERMINED);
    assertState("On track", CheckInState.ON_TRACK);
    assertState("n/a", CheckInState.NOT_APPLICABLE);
    assertState("-", CheckInState.NOT_APPLICABLE);
    assertState("In progress", CheckInState.IN_PROGRESS);
    assertState("No change", CheckInState.NO_CHANGE);
    ParsedCell blocked =
        cell("Blocked on coordinating resources to engage community", Unit.count());
    assertThat(blocked.state()).contains(CheckInState.BLOCKED);
    assertThat(blocked.note()).contains("Blocked on coordinating resources to engage community");
    assertThat(blocked.confidence()).isEqualTo(Confidence.CERTAIN);
  }

  private static void assertState(String text, CheckInState state) {
    ParsedCell c = cell(text, Unit.count());
    assertThat(c.state()).as(text).contains(state);
    assertThat(c.value()).as(text).isEmpty();
    assertThat(c.confidence()).as(text).isEqualTo(Confidence.CERTAIN);
  }

  @Test
  void figureThenState() {
    ParsedCell c = cell("0 Blocked on deployment of the MVP", Unit.percent());
    assertThat(c.value().map(ParsedFigure::value)).contains(q("0", Unit.percent(), "1"));
    assertThat(c.state()).contains(CheckInState.BLOCKED);
    ParsedCell m = cell("10% (17 days) Monitoring", Unit.days());
    assertThat(m.state()).contains(CheckInState.MONITORING);
    assertThat(m.value().map(ParsedFigure::value)).contains(q("17", Unit.days(), "1"));
    assertThat(m.derived().get(0).figure().value()).isEqualTo(q("10", Unit.percent(), "1"));
    ParsedCell lower = cell("90% of the MVP complete", Unit.percent());
    assertThat(lower.state()).isEmpty();
    assertThat(lower.note()).contains("of the MVP complete");
    assertThat(lower.confidence()).isEqualTo(Confidence.PROBABLE);
  }

  @Test
  void twoStates_butKeepsTheLast_otherwiseAmbiguous() {
    ParsedCell but = cell("Slightly delayed but still on track", Unit.percent());
    assertThat(but.state()).contains(CheckInState.ON_TRACK);
    assertThat(but.confidence()).isEqualTo(Confidence.PROBABLE);
    ParsedCell two = cell("Done (Postponed)", Unit.percent());
    assertThat(two.state()).isEmpty();
    assertThat(two.confidence()).isEqualTo(Confidence.AMBIGUOUS);
  }

  @Test
  void severalCandidates_areAmbiguous_andHaveNoValue() {
    ParsedCell c =
        cell("15 projects completed in GSOC, GSOD, Outreachy. 600 task instances", Unit.count());
    assertThat(c.value()).isEmpty();
    assertThat(c.otherFigures()).hasSize(2);
    assertThat(c.confidence()).isEqualTo(Confidence.AMBIGUOUS);
    ParsedCell wrongUnit = cell("5 days", Unit.percent());
    assertThat(wrongUnit.value()).isEmpty();
    assertThat(wrongUnit.confidence()).isEqualTo(Confidence.AMBIGUOUS);
    assertThat(cell("1,5 days", Unit.days()).confidence()).isEqualTo(Confidence.AMBIGUOUS);
  }

  @Test
  void shareOfAPercentMetric_keepsThePartAside() {
    ParsedCell c = cell("24.9% (238.9M)", Unit.percent());
    assertThat(c.value().map(ParsedFigure::value)).contains(q("24.9", Unit.percent(), "0.1"));
    assertThat(c.otherFigures()).extracting(ParsedFigure::text).containsExactly("238.9M");
    assertThat(c.confidence()).isEqualTo(Confidence.PROBABLE);
  }

  @Test
  void years_areWordsNotFigures() {
    ParsedCell c = cell("19 days in June 2019", Unit.days());
    assertThat(c.value().map(ParsedFigure::value)).contains(q("19", Unit.days(), "1"));
    assertThat(c.note()).contains("in June 2019");
    assertThat(cell("No change, update in Feb 2020", Unit.count()).value()).isEmpty();
  }

  @Test
  void aYearOpeningTheCell_labelsTheFigureAfterIt_butAloneIsAFigure() {
    ParsedCell labelled = cell("2019 developer satisfaction: 3.8 / 5", Unit.scoreOutOf(5));
    assertThat(labelled.value().map(ParsedFigure::value))
        .contains(q("3.8", Unit.scoreOutOf(5), "0.1"));
    assertThat(labelled.recognised()).contains("year 2019 kept in the note");
    assertThat(labelled.otherFigures()).isEmpty();
    // No later figure: the number is the value.
    assertThat(cell("2019 developers", Unit.count()).value().map(ParsedFigure::value))
        .contains(Quantity.exact(2019, Unit.count()));
    // Not at the start, or not a year: a figure as before.
    assertThat(cell("2200 devs: 3", Unit.count()).confidence()).isEqualTo(Confidence.AMBIGUOUS);
    assertThat(cell("In 2019 devs: 3", Unit.count()).value().map(ParsedFigure::value))
        .contains(Quantity.exact(3, Unit.count()));
  }

  @Test
  void figuresInAStatesReason_arePartOfTheReason_notTheValue() {
    ParsedCell c = cell("Started to work on format 3; improved the documentation", Unit.count());
    assertThat(c.state()).contains(CheckInState.IN_PROGRESS);
    assertThat(c.value()).isEmpty();
    assertThat(c.doubts()).contains("the figure 3 is part of the reason; not read as the value");
    assertThat(c.confidence()).isEqualTo(Confidence.PROBABLE);
    // A figure before the state is still the value.
    ParsedCell before = cell("0 Blocked on deployment of 2 services", Unit.count());
    assertThat(before.value().map(ParsedFigure::value)).contains(Quantity.exact(0, Unit.count()));
    assertThat(before.state()).contains(CheckInState.BLOCKED);
    // After the reason's clause ends, figures count again.
    ParsedCell after = cell("Blocked on vendor; 4", Unit.count());
    assertThat(after.value().map(ParsedFigure::value)).contains(Quantity.exact(4, Unit.count()));
  }

  @Test
  void boundsAndUnprintedPercent_areDoubted() {
    ParsedCell lt = cell("<1%", Unit.percent());
    assertThat(lt.value().map(ParsedFigure::comparison)).contains(Comparison.LESS_THAN);
    assertThat(lt.confidence()).isEqualTo(Confidence.PROBABLE);
    assertThat(cell("4", Unit.percent()).confidence()).isEqualTo(Confidence.AMBIGUOUS);
    assertThat(cell("0", Unit.percent()).confidence()).isEqualTo(Confidence.CERTAIN);
    assertThat(cell("~5", Unit.count()).doubts()).anyMatch(d -> d.contains("approximate"));
    assertThat(cell("5-10", Unit.count()).doubts()).anyMatch(d -> d.contains("a range"));
    assertThat(cell("2x", Unit.of("x")).recognised()).contains("a multiple");
  }

  @Test
  void emptyUnrecognisedAndLongCells() {
    ParsedCell empty = cell("  ", Unit.count());
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.confidence()).isEqualTo(Confidence.CERTAIN);
    ParsedCell words = cell("Survey after All Hands", Unit.count());
    assertThat(words.confidence()).isEqualTo(Confidence.UNRECOGNISED);
    assertThat(words.note()).contains("Survey after All Hands");
    ParsedCell longCell = CELLS.parse("x".repeat(2001));
    assertThat(longCell.confidence()).isEqualTo(Confidence.UNRECOGNISED);
    assertThat(longCell.doubts()).hasSize(1);
  }

  @Test
  void withoutMetricUnit_andWordsAroundFigures() {
    ParsedCell c =
        CELLS.parse("2 new campaign coordinators recruited (Simple and Swedish Wikipedia)");
    assertThat(c.value().map(ParsedFigure::value)).contains(Quantity.exact(2, Unit.count()));
    assertThat(c.note())
        .contains("new campaign coordinators recruited (Simple and Swedish Wikipedia)");
    assertThat(CELLS.parse("Q3 was 3D").confidence()).isEqualTo(Confidence.UNRECOGNISED);
    assertThat(
            CELLS.parse("4.18/10% increase", Unit.scoreOutOf(5)).value().map(ParsedFigure::value))
        .contains(q("4.18", Unit.scoreOutOf(5), "0.01"));
    assertThat(CELLS.parse("at least 3 formats").value().map(ParsedFigure::comparison))
        .contains(Comparison.AT_LEAST);
  }

  @Test
  void nulls_andToString() {
    new NullPointerTester().testAllPublicStaticMethods(CellParser.class);
    new NullPointerTester().testAllPublicInstanceMethods(CELLS);
    assertThat(CELLS.toString()).isEqualTo("CellParser[en]");
    assertThat(CellParser.english().figureParser().readsExactCounts()).isFalse();
  }

  @Test
  void cellOfExactlyTheMaximumLength_isRead_oneMoreIsNot() {
    String atLimit = "74,549 " + "x".repeat(CellParser.MAX_LENGTH - 7);
    assertThat(atLimit).hasSize(CellParser.MAX_LENGTH);
    assertThat(cell(atLimit, Unit.count()).value().map(ParsedFigure::value))
        .contains(Quantity.exact(74549, Unit.count()));
    ParsedCell over = cell(atLimit + "x", Unit.count());
    assertThat(over.value()).isEmpty();
    assertThat(over.confidence()).isEqualTo(Confidence.UNRECOGNISED);
  }

  @Test
  void unclosedParenthesisAtTheEnd_readsTheFigureInside() {
    ParsedCell c = cell("61% (442", Unit.count());
    assertThat(c.value().map(ParsedFigure::value)).contains(Quantity.exact(442, Unit.count()));
  }

  @Test
  void signOrParenthesisAsTheLastCharacter_isNoFigure() {
    assertThat(cell("on track (", Unit.count()).value()).isEmpty();
    assertThat(cell("on track -", Unit.count()).value()).isEmpty();
    assertThat(cell("on track (", Unit.count()).state()).contains(CheckInState.ON_TRACK);
  }

  @Test
  void digitsAfterAPeriodOrCommaInsideAWord_areNoFigure() {
    assertThat(cell("release v.2 done", Unit.count()).value()).isEmpty();
    assertThat(cell("release v,2 done", Unit.count()).value()).isEmpty();
  }

  @Test
  void currencyAtTheStartOfTheCell_isAFigure() {
    assertThat(cell("$1.31M", Unit.of("USD")).value().map(ParsedFigure::value))
        .contains(q("1310000", Unit.of("USD"), "10000"));
  }

  @Test
  void signBeforeACurrency_makesTheFigureNegative() {
    assertThat(cell("-$0.36M", Unit.of("USD")).value().map(ParsedFigure::value))
        .contains(q("-360000", Unit.of("USD"), "10000"));
  }

  @Test
  void leadingPlus_isPartOfTheFigure() {
    ParsedFigure f = cell("+5%", Unit.percent()).value().orElseThrow();
    assertThat(f.text()).isEqualTo("+5%");
    assertThat(f.value()).isEqualTo(q("5", Unit.percent(), "1"));
  }

  @Test
  void yearRightAfterAnOpeningParenthesis_atTheStart_isAFigure() {
    // "(2020" follows no month or preposition: 2020 is the value, not a year
    assertThat(cell("(2020 was a year", Unit.count()).value().map(ParsedFigure::value))
        .contains(Quantity.exact(2020, Unit.count()));
  }

  @Test
  void states_anywhereWithoutFigures_butOnlyAtWordStarts() {
    assertThat(cell("things are on track", Unit.count()).state()).contains(CheckInState.ON_TRACK);
    assertThat(cell("undone", Unit.count()).state()).isEmpty();
  }

  @Test
  void states_besideFigures_atTheStartOfTheCellOrOfAClause() {
    assertThat(cell("on track, 5 days", Unit.days()).state()).contains(CheckInState.ON_TRACK);
    assertThat(cell("5 days (on track)", Unit.days()).state()).contains(CheckInState.ON_TRACK);
    assertThat(cell("5 days, on track", Unit.days()).state()).contains(CheckInState.ON_TRACK);
    assertThat(cell("5 days; on track", Unit.days()).state()).contains(CheckInState.ON_TRACK);
  }

  @Test
  void states_afterAFigure_onlyWhenCapitalisedRightAfterIt() {
    assertThat(cell("5 days On track", Unit.days()).state()).contains(CheckInState.ON_TRACK);
    assertThat(cell("5 days on track", Unit.days()).state()).isEmpty();
    assertThat(cell("5 days then Blocked", Unit.days()).state()).isEmpty();
  }

  @Test
  void twoStates_joinedByBut_theLaterHolds_andTheFirstIsNoNote() {
    ParsedCell c = cell("on track but delayed", Unit.count());
    assertThat(c.state()).contains(CheckInState.DELAYED);
    assertThat(c.note()).isEmpty();
    assertThat(c.recognised()).containsExactly("state DELAYED from \"delayed\"");
    assertThat(c.doubts()).containsExactly("several states; the one after \"but\" holds: delayed");
    assertThat(c.confidence()).isEqualTo(Confidence.PROBABLE);
  }

  @Test
  void yearAfterAMonthAndAnUnclosedParenthesis_isKeptInTheNote() {
    ParsedCell c = cell("in June (2019", Unit.count());
    assertThat(c.value()).isEmpty();
    assertThat(c.recognised()).contains("year 2019 kept in the note");
  }

  @Test
  void wholeCellInParentheses_isOneNegativeFigure() {
    // The class javadoc's rule: "(7,481,182)" as the whole cell is an accounting negative.
    ParsedCell c = cell("(7,481,182)", Unit.count());
    assertThat(c.value().map(ParsedFigure::value)).contains(Quantity.exact(-7481182, Unit.count()));
    assertThat(c.confidence()).isEqualTo(Confidence.CERTAIN);
  }

  @Test
  void parenthesesOpeningAndClosingACellOfMoreThanOneFigure_holdASecondFigure() {
    // "(12) reviewed (total)" is not one figure, so "(12)" is a figure in parentheses: 12, not -12.
    ParsedCell c = cell("(12) reviewed (total)", Unit.count());
    assertThat(c.value().map(ParsedFigure::value)).contains(Quantity.exact(12, Unit.count()));
  }

  @Test
  void secondFigureInParentheses_spacesBeforeTheClosingOneAreTakenWithIt() {
    ParsedCell c = cell("61% (442 )", Unit.count());
    assertThat(c.value().map(ParsedFigure::value)).contains(Quantity.exact(442, Unit.count()));
    // Both figures are read, parentheses and all: no words are left for a note.
    assertThat(c.note()).isEmpty();
  }

  @Test
  void figureRunningIntoAWord_skipsTheWholeWord() {
    // "3x-5" is one word: neither 3 (followed by a letter) nor the 5 inside it is a figure.
    ParsedCell c = cell("3x-5", Unit.count());
    assertThat(c.value()).isEmpty();
    assertThat(c.otherFigures()).isEmpty();
  }

  @Test
  void currencySignOpeningTheCell_isPartOfTheFiguresText() {
    assertThat(cell("$5", Unit.of("USD")).value().map(ParsedFigure::text)).contains("$5");
    assertThat(cell("$1.31M", Unit.of("USD")).value().map(ParsedFigure::text)).contains("$1.31M");
  }

  @Test
  void yearAloneInTheCell_isTheValue() {
    // Alone it stays a figure (isLeadingYear needs words and a later figure).
    assertThat(cell("2019", Unit.count()).value().map(ParsedFigure::value))
        .contains(Quantity.exact(2019, Unit.count()));
  }

  @Test
  void figureJoinedByOr_leavesNoNote_andAThirdFigureIsTheValue() {
    ParsedCell plan = cell("approximately $0.36MM or 22% under plan", Unit.of("USD"));
    assertThat(plan.note()).isEmpty();
    ParsedCell withValue = cell("$0.36MM or 22% under plan; 1.28", Unit.of("USD"));
    assertThat(withValue.derived()).hasSize(2);
    assertThat(withValue.value().map(ParsedFigure::text)).contains("1.28");
  }

  @Test
  void figureJoinedByOrToAnIncrease_keepsItsSign() {
    // Only a decrease or an "under" makes the joined figure negative.
    ParsedCell c = cell("$0.36MM or 22% increase", Unit.of("USD"));
    assertThat(c.derived()).hasSize(2);
    assertThat(c.derived().get(0).figure().value()).isEqualTo(q("360000", Unit.of("USD"), "10000"));
    assertThat(c.derived().get(0).claim().sense()).isEqualTo(Sense.INCREASE);
  }

  @Test
  void namedReferenceWithoutAName_isNoReference() {
    // "compared with " followed by no letter or digit names no period.
    DerivedFigure d = cell("5% increase compared with (May)", Unit.count()).derived().get(0);
    assertThat(d.claim())
        .isEqualTo(DerivationClaim.of(Reference.UNSTATED, Measure.RELATIVE, Sense.INCREASE));
  }

  @Test
  void onlyAFallWithANegativeFigure_isDoubted() {
    // A negative figure is doubted only when its words also say it fell; -8 points from baseline
    // is signed as printed, and a zero decrease is no contradiction.
    ParsedCell signed = cell("-8 points from baseline", Unit.scoreOutOf(5));
    assertThat(signed.doubts()).isEmpty();
    ParsedCell zero = cell("0% decrease", Unit.days());
    assertThat(zero.doubts()).isEmpty();
    assertThat(zero.derived().get(0).figure().value().value()).isZero();
  }

  @Test
  void percentageAloneInACountMetric_isNoChange_andNoValue() {
    // Rule 3 needs a figure in another unit beside the percentage; without one the percentage is
    // just a figure outside the metric's unit.
    ParsedCell c = cell("5%", Unit.count());
    assertThat(c.derived()).isEmpty();
    assertThat(c.value()).isEmpty();
    assertThat(c.otherFigures()).extracting(ParsedFigure::text).containsExactly("5%");
    assertThat(c.confidence()).isEqualTo(Confidence.AMBIGUOUS);
  }

  @Test
  void severalCandidates_areNamedInTheDoubt() {
    ParsedCell c = cell("3 and 4", Unit.count());
    assertThat(c.doubts()).contains("several figures could be the value: 3, 4");
  }

  @Test
  void partAndWhole_keepAPercentageBesideThemFromBeingAChange() {
    ParsedCell c = cell("238.9M/959.4M 24.9%", Unit.count());
    assertThat(c.derived()).isEmpty();
    assertThat(c.otherFigures())
        .extracting(ParsedFigure::text)
        .containsExactly("238.9M", "959.4M", "24.9%");
  }

  @Test
  void figureStartingOrEndingTheReasonOfAState_isPartOfTheReason() {
    // The CellStates javadoc's example: "Blocked on 2 vendors".
    ParsedCell first = cell("Blocked on 2 vendors", Unit.count());
    assertThat(first.value()).isEmpty();
    assertThat(first.doubts())
        .contains("the figure 2 is part of the reason; not read as the value");
    ParsedCell last = cell("Blocked on vendor 2", Unit.count());
    assertThat(last.value()).isEmpty();
    assertThat(last.doubts()).contains("the figure 2 is part of the reason; not read as the value");
  }

  @Test
  void wordThatMerelyStartsWithTheUnit_isNotTheUnit() {
    // "daysago" is not "days": the figure is a bare 5, which takes the metric's unit.
    assertThat(cell("5 daysago", Unit.days()).value().map(ParsedFigure::value))
        .contains(q("5", Unit.days(), "1"));
  }

  @Test
  void toFollowedByAWord_isNoRange() {
    assertThat(cell("5 to go", Unit.count()).value().map(ParsedFigure::value))
        .contains(Quantity.exact(5, Unit.count()));
  }

  @Test
  void slashThenPercentAfterASpace_isNoScore() {
    // As in "4.18/10% increase", a percent sign after the number behind the slash, here after a
    // space, means the slash is no score: the value is 4.18 in the metric's scale.
    assertThat(
            CELLS.parse("4.18/10 % increase", Unit.scoreOutOf(5)).value().map(ParsedFigure::value))
        .contains(q("4.18", Unit.scoreOutOf(5), "0.01"));
  }
}
