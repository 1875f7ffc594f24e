package org.okr4j.core.text;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.text.DerivationClaim.Reference;
import org.okr4j.core.text.DerivationClaim.Sense;

/** The English words {@link CellParser} reads beside figures: states, change words, references. */
final class CellWords {
  private CellWords() {}

  /** A phrase and what it means; {@code takesReason} when the rest of the clause says why. */
  record StatePhrase(String phrase, CheckInState state, boolean takesReason) {}

  /** Longest first, so that "setting baseline" wins over nothing and "on track" over "track". */
  static final List<StatePhrase> STATES =
      List.of(
          new StatePhrase("setting baseline", CheckInState.SETTING_BASELINE, false),
          new StatePhrase("to be determined", CheckInState.TO_BE_DETERMINED, false),
          new StatePhrase("not applicable", CheckInState.NOT_APPLICABLE, false),
          new StatePhrase("still on track", CheckInState.ON_TRACK, false),
          new StatePhrase("already achieved", CheckInState.DONE, false),
          new StatePhrase("determining", CheckInState.TO_BE_DETERMINED, true),
          new StatePhrase("in progress", CheckInState.IN_PROGRESS, false),
          new StatePhrase("not started", CheckInState.NOT_STARTED, false),
          new StatePhrase("monitoring", CheckInState.MONITORING, false),
          new StatePhrase("completed", CheckInState.DONE, false),
          new StatePhrase("postponed", CheckInState.POSTPONED, false),
          new StatePhrase("no change", CheckInState.NO_CHANGE, false),
          new StatePhrase("on track", CheckInState.ON_TRACK, false),
          new StatePhrase("awaiting", CheckInState.NOT_STARTED, true),
          new StatePhrase("deferred", CheckInState.POSTPONED, false),
          new StatePhrase("at risk", CheckInState.AT_RISK, false),
          new StatePhrase("revisit", CheckInState.AT_RISK, true),
          new StatePhrase("blocked", CheckInState.BLOCKED, true),
          new StatePhrase("started", CheckInState.IN_PROGRESS, true),
          new StatePhrase("delayed", CheckInState.DELAYED, false),
          new StatePhrase("ongoing", CheckInState.IN_PROGRESS, false),
          new StatePhrase("dropped", CheckInState.DROPPED, false),
          new StatePhrase("done", CheckInState.DONE, false),
          new StatePhrase("tbd", CheckInState.TO_BE_DETERMINED, false),
          new StatePhrase("n/a", CheckInState.NOT_APPLICABLE, false));

  /** A whole cell that is only a dash means nothing to report. */
  static boolean isDash(String cell) {
    return cell.equals("-") || cell.equals("\u2013") || cell.equals("\u2014") || cell.equals("na");
  }

  /** Words after a figure that make it a change, and the sense they give. */
  record ChangeWord(String phrase, Sense sense, @Nullable Reference reference) {}

  static final List<ChangeWord> CHANGES =
      List.of(
          new ChangeWord("under budget", Sense.UNDER, Reference.PLAN),
          new ChangeWord("below budget", Sense.UNDER, Reference.PLAN),
          new ChangeWord("over budget", Sense.OVER, Reference.PLAN),
          new ChangeWord("above budget", Sense.OVER, Reference.PLAN),
          new ChangeWord("under plan", Sense.UNDER, Reference.PLAN),
          new ChangeWord("below plan", Sense.UNDER, Reference.PLAN),
          new ChangeWord("over plan", Sense.OVER, Reference.PLAN),
          new ChangeWord("above plan", Sense.OVER, Reference.PLAN),
          new ChangeWord("of the target", Sense.AS_SIGNED, Reference.TARGET),
          new ChangeWord("of the goal", Sense.AS_SIGNED, Reference.TARGET),
          new ChangeWord("of target", Sense.AS_SIGNED, Reference.TARGET),
          new ChangeWord("of goal", Sense.AS_SIGNED, Reference.TARGET),
          new ChangeWord("increased", Sense.INCREASE, null),
          new ChangeWord("increase", Sense.INCREASE, null),
          new ChangeWord("growth", Sense.INCREASE, null),
          new ChangeWord("rise", Sense.INCREASE, null),
          new ChangeWord("up", Sense.INCREASE, null),
          new ChangeWord("decreased", Sense.DECREASE, null),
          new ChangeWord("decrease", Sense.DECREASE, null),
          new ChangeWord("decline", Sense.DECREASE, null),
          new ChangeWord("reduction", Sense.DECREASE, null),
          new ChangeWord("drop", Sense.DECREASE, null),
          new ChangeWord("down", Sense.DECREASE, null));

  /** Phrases naming what a change is against. */
  record ReferencePhrase(String phrase, Reference reference) {}

  static final List<ReferencePhrase> REFERENCES =
      List.of(
          new ReferencePhrase("compared with the previous year", Reference.YEAR_EARLIER),
          new ReferencePhrase("compared to the previous year", Reference.YEAR_EARLIER),
          new ReferencePhrase("compared with last year", Reference.YEAR_EARLIER),
          new ReferencePhrase("compared to last year", Reference.YEAR_EARLIER),
          new ReferencePhrase("year over year", Reference.YEAR_EARLIER),
          new ReferencePhrase("year-over-year", Reference.YEAR_EARLIER),
          new ReferencePhrase("from last year", Reference.YEAR_EARLIER),
          new ReferencePhrase("yoy", Reference.YEAR_EARLIER),
          new ReferencePhrase("compared with the previous quarter", Reference.PREVIOUS_PERIOD),
          new ReferencePhrase("compared to the previous quarter", Reference.PREVIOUS_PERIOD),
          new ReferencePhrase("compared with last quarter", Reference.PREVIOUS_PERIOD),
          new ReferencePhrase("compared to last quarter", Reference.PREVIOUS_PERIOD),
          new ReferencePhrase("quarter over quarter", Reference.PREVIOUS_PERIOD),
          new ReferencePhrase("from last quarter", Reference.PREVIOUS_PERIOD),
          new ReferencePhrase("from the previous period", Reference.PREVIOUS_PERIOD),
          new ReferencePhrase("compared with the baseline", Reference.BASELINE),
          new ReferencePhrase("compared to the baseline", Reference.BASELINE),
          new ReferencePhrase("from the baseline", Reference.BASELINE),
          new ReferencePhrase("from baseline", Reference.BASELINE),
          new ReferencePhrase("vs. baseline", Reference.BASELINE),
          new ReferencePhrase("vs baseline", Reference.BASELINE));

  /** Phrases after which the next word names a period: "compared with May". */
  static final List<String> NAMED_REFERENCES =
      List.of("compared with ", "compared to ", "vs. ", "vs ", "since ");

  /** Words before a number that make a four-digit number a year: "June 2019", "in 2020". */
  static final List<String> YEAR_LEADS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "in",
          "of",
          "since",
          "by",
          "the",
          "for",
          "from",
          "until");

  /** Words that start a figure: comparisons and approximate markers. */
  static final List<String> FIGURE_LEADS =
      List.of(
          "at least ",
          "at most ",
          "up to ",
          "no more than ",
          "more than ",
          "less than ",
          "fewer than ",
          "under ",
          "below ",
          "over ",
          "above ",
          "approximately ",
          "approx",
          "about ",
          "around ",
          "roughly ",
          "circa ");

  static boolean startsWithIgnoreCase(String s, int at, String word) {
    return s.regionMatches(true, at, word, 0, word.length());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
