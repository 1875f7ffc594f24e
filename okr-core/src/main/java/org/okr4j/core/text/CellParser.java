package org.okr4j.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.text.DerivationClaim.Measure;
import org.okr4j.core.text.DerivationClaim.Reference;
import org.okr4j.core.text.DerivationClaim.Sense;

/**
 * Reads one cell of a key-result table ({@code "36% increase (14 days)"}, {@code "0 Blocked on
 * deployment of the MVP"}, {@code "Setting baseline"}) into a {@link ParsedCell}: the value, the
 * derived figures with the derivation their words claim, a check-in state, and the words left over
 * as a note. It never guesses: a cell that allows two readings is {@link Confidence#AMBIGUOUS} and
 * has no value.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Figures are read with the {@link FigureParser} wherever one starts after a space or
 *       punctuation; a figure in parentheses after another is a second figure, not a negative one
 *       ({@code 61% (442)}); a four-digit whole number from 1900 to 2100 after a month or a
 *       preposition ({@code June 2019}, {@code for the 2020 rounds}), or that opens a cell and
 *       labels a later figure ({@code 2019 developer satisfaction: 3.8 / 5}), is a year, part of
 *       the note.
 *   <li>A figure followed by change words is derived: {@code increase}/{@code decrease} (and {@code
 *       growth}, {@code decline}, {@code reduction}, {@code up}, {@code down}; a decrease is
 *       negative), {@code under}/{@code over plan} or {@code budget}, {@code of target}; then a
 *       reference: {@code compared with the previous year}, {@code year over year}, {@code compared
 *       with last quarter}, {@code from baseline}, or {@code compared with May} (a named period). A
 *       percentage is a relative change (a share for {@code of target}), {@code pp} percentage
 *       points, {@code points} points of a scale, any other unit a difference.
 *   <li>A percentage beside a figure in another unit is read as that figure's change, against an
 *       unstated reference ({@code 61% (442)}, {@code 3.4 (-8%)}), unless two figures are printed
 *       as a part and its whole ({@code 238.9M/959.4M}); this is a convention, so the reading is
 *       {@link Confidence#PROBABLE}.
 *   <li>The value is the one remaining figure in the metric's unit; several candidates make the
 *       cell ambiguous.
 *   <li>A state is read anywhere in a cell without figures; otherwise at the start of the cell or
 *       of a clause (after {@code (}, {@code ,} or {@code ;}), or as a capitalised word after a
 *       figure ({@code 10% (17 days) Monitoring}): {@code Done}, {@code Completed}, {@code Blocked
 *       on …}, {@code Postponed}, {@code Setting baseline}, {@code TBD}, {@code On track}, {@code
 *       n/a} or a dash, {@code In progress}, {@code No change}, {@code Awaiting …} and others; two
 *       states are ambiguous unless joined by {@code but}, when the last one holds. Figures inside
 *       the reason a state takes ({@code Started to work on format 3}) are part of the reason, not
 *       the value, and the cell says so.
 * </ol>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CellParser {
  /** The longest cell read, in chars. */
  public static final int MAX_LENGTH = 2000;

  private final FigureParser figures;

  private CellParser(FigureParser figures) {
    this.figures = figures;
  }

  /**
   * A cell parser reading figures with {@code figures}.
   *
   * @param figures the figure parser, with its locale and exactness
   * @return the cell parser
   */
  public static CellParser of(FigureParser figures) {
    return new CellParser(Checks.notNull(figures, "figure parser"));
  }

  /**
   * A cell parser for English cells.
   *
   * @return the cell parser
   */
  public static CellParser english() {
    return of(FigureParser.english());
  }

  /**
   * The figure parser this cell parser reads figures with.
   *
   * @return the figure parser
   */
  public FigureParser figureParser() {
    return figures;
  }

  /**
   * Reads a cell with no metric unit known.
   *
   * @param cell the cell's text, without markup
   * @return the reading
   */
  public ParsedCell parse(CharSequence cell) {
    return parse(cell, null);
  }

  /**
   * Reads a cell of a metric: figures without a unit take {@code metricUnit}, and the value is the
   * figure in that unit.
   *
   * @param cell the cell's text, without markup
   * @param metricUnit the metric's unit, or {@code null} when not known
   * @return the reading
   */
  public ParsedCell parse(CharSequence cell, @Nullable Unit metricUnit) {
    Checks.notNull(cell, "cell");
    String text = cell.toString().replaceAll("\\s+", " ").strip();
    CellReading r = new CellReading(text);
    if (text.length() > MAX_LENGTH) {
      r.doubt(true, "the cell is longer than " + MAX_LENGTH + " characters; not read");
      return r.result(Confidence.UNRECOGNISED);
    }
    if (text.isEmpty()) {
      return r.result(Confidence.CERTAIN);
    }
    if (CellWords.isDash(CellWords.lower(text))) {
      r.state(0, text.length(), CheckInState.NOT_APPLICABLE, text);
      return r.finish();
    }
    scanFigures(r, metricUnit);
    CellStates.read(r);
    classify(r, metricUnit);
    return r.finish();
  }

  private void scanFigures(CellReading r, @Nullable Unit metricUnit) {
    String s = r.text;
    // In a percent metric a figure printed without % is a count, not a percentage; zero is both.
    boolean percent = metricUnit != null && metricUnit.isPercent();
    Unit scanUnit = percent ? null : metricUnit;
    int i = 0;
    while (i < s.length()) {
      if (!canStart(s, i)) {
        i++;
        continue;
      }
      // A figure in parentheses is a second figure ("61% (442)", "X% (21 days)"), unless it is the
      // whole cell: "(7,481,182)" is negative.
      boolean inParens = s.charAt(i) == '(' && !(i == 0 && s.endsWith(")") && isOneFigure(s));
      int from = inParens ? i + 1 : i;
      try {
        FigureScanner scanner = figures.scanner(s, from, scanUnit);
        ParsedFigure f = scanner.figure();
        if (percent && f.value().unit().equals(Unit.count()) && f.value().value().signum() == 0) {
          f = ParsedFigure.of(f.text(), Quantity.of(f.value().value(), Unit.percent()));
        }
        int end = scanner.position();
        if (inParens) {
          scanner.skipSpaces();
          if (scanner.position() >= s.length() || s.charAt(scanner.position()) != ')') {
            i++;
            continue;
          }
          end = scanner.position() + 1;
        }
        if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
          i = skipWord(s, i);
          continue;
        }
        if (isYear(s, i, f) || isLeadingYear(s, i, end, f)) {
          r.recognised.add("year " + f.text() + " kept in the note");
        } else {
          r.found.add(new CellReading.Found(f, i, end));
          r.mask(i, end);
        }
        i = end;
      } catch (FigureParseException e) {
        if (Character.isDigit(s.charAt(i))) {
          r.doubt(true, "could not read a figure at \"" + s.substring(i) + "\": " + e.rule());
          i = skipWord(s, i);
        } else {
          i++;
        }
      }
    }
  }

  private boolean isOneFigure(String s) {
    try {
      figures.parse(s);
      return true;
    } catch (FigureParseException e) {
      return false;
    }
  }

  private static int skipWord(String s, int i) {
    int j = i + 1;
    while (j < s.length() && !TextCursor.isSpace(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean canStart(String s, int i) {
    char c = s.charAt(i);
    if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
      return false;
    }
    if (i > 0 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == ',')) {
      return false;
    }
    if (Character.isDigit(c) || "$\u20ac\u00a3\u00a5<>\u2264\u2265~\u2248".indexOf(c) >= 0) {
      return true;
    }
    if ("+-\u2212(".indexOf(c) >= 0) {
      return i + 1 < s.length()
          && (Character.isDigit(s.charAt(i + 1))
              || "$\u20ac\u00a3\u00a5-\u2212".indexOf(s.charAt(i + 1)) >= 0);
    }
    for (String lead : CellWords.FIGURE_LEADS) {
      if (CellWords.startsWithIgnoreCase(s, i, lead)) {
        return true;
      }
    }
    return false;
  }

  /** A four-digit whole number from 1900 to 2100 after a month or preposition is a year. */
  private static boolean isYear(String s, int at, ParsedFigure f) {
    if (!f.text().matches("(19|20)\\d\\d|2100")) {
      return false;
    }
    int end = at - 1;
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return start < end && CellWords.YEAR_LEADS.contains(CellWords.lower(s.substring(start, end)));
  }

  /**
   * A four-digit whole number from 1900 to 2100 that opens the cell and is followed by words and,
   * later, by another figure labels that figure with its year: "2019 developer satisfaction: 3.8 /
   * 5". Alone ("2019 developers") it stays a figure.
   */
  private static boolean isLeadingYear(String s, int at, int end, ParsedFigure f) {
    return at == 0
        && f.text().matches("(19|20)\\d\\d|2100")
        && end + 1 < s.length()
        && s.charAt(end) == ' '
        && Character.isLetter(s.charAt(end + 1))
        && s.substring(end).chars().anyMatch(Character::isDigit);
  }

  private static void classify(CellReading r, @Nullable Unit metricUnit) {
    List<CellReading.Found> rest = new ArrayList<>();
    for (int k = 0; k < r.found.size(); k++) {
      CellReading.Found f = r.found.get(k);
      int limit = k + 1 < r.found.size() ? r.found.get(k + 1).start() : r.text.length();
      DerivedFigure d = CellClaims.derive(r, f, limit);
      if (d == null
          && k + 1 < r.found.size()
          && r.text.substring(f.end(), r.found.get(k + 1).start()).strip().equalsIgnoreCase("or")) {
        CellReading.Found next = r.found.get(k + 1);
        int nextLimit = k + 2 < r.found.size() ? r.found.get(k + 2).start() : r.text.length();
        DerivedFigure linked = CellClaims.derive(r.copyForLookahead(), next, nextLimit);
        if (linked != null) {
          d = CellClaims.withClaim(f, linked.claim());
          r.mask(/* start= */ f.end(), /* end= */ next.start());
        }
      }
      if (d != null) {
        r.derived.add(d);
        r.recognised.add("derived " + d.printed() + ": " + d.claim().describe());
      } else {
        rest.add(f);
      }
    }
    boolean metricIsPercent = metricUnit != null && metricUnit.isPercent();
    boolean otherUnit = rest.stream().anyMatch(f -> !f.figure().value().unit().isPercent());
    if (!metricIsPercent && otherUnit && !hasShare(r)) {
      for (CellReading.Found f : List.copyOf(rest)) {
        if (f.figure().value().unit().isPercent()) {
          rest.remove(f);
          DerivedFigure d =
              new DerivedFigure(
                  f.figure().text(),
                  f.figure(),
                  DerivationClaim.of(Reference.UNSTATED, Measure.RELATIVE, Sense.AS_SIGNED));
          r.derived.add(d);
          r.doubt(
              false,
              "the percentage "
                  + f.figure().text()
                  + " beside a figure in another unit is read as its change, against an unstated"
                  + " reference");
        }
      }
    }
    List<CellReading.Found> matching = new ArrayList<>();
    for (CellReading.Found f : rest) {
      if (metricUnit == null || f.figure().value().unit().equals(metricUnit)) {
        matching.add(f);
      }
    }
    if (matching.size() == 1) {
      ParsedFigure value = matching.get(0).figure();
      r.value = value;
      r.recognised.add("value " + value.text());
      checkValue(r, value);
      for (CellReading.Found f : rest) {
        if (!f.equals(matching.get(0))) {
          r.others.add(f.figure());
          r.doubt(
              false, "the figure " + f.figure().text() + " is not in the metric's unit; left out");
        }
      }
    } else if (!rest.isEmpty()) {
      rest.forEach(f -> r.others.add(f.figure()));
      r.doubt(
          true,
          matching.isEmpty()
              ? "no figure is in the metric's unit (" + metricUnit + ")"
              : "several figures could be the value: "
                  + String.join(", ", matching.stream().map(f -> f.figure().text()).toList()));
    }
  }

  /** Whether two figures are printed as a part and its whole: "238.9M/959.4M". */
  private static boolean hasShare(CellReading r) {
    for (int k = 0; k + 1 < r.found.size(); k++) {
      if (r.text.substring(r.found.get(k).end(), r.found.get(k + 1).start()).strip().equals("/")) {
        return true;
      }
    }
    return false;
  }

  private static void checkValue(CellReading r, ParsedFigure value) {
    if (!value.isPlain()) {
      r.doubt(
          false,
          String.format(
              Locale.ROOT,
              "the value %s is printed as %s, not as a measured figure",
              value.text(),
              value.isRange() ? "a range" : value.approximate() ? "approximate" : "a bound"));
    }
    if (value.value().unit().kind() == Unit.Kind.OTHER
        && value.value().unit().symbol().equals("x")) {
      r.recognised.add("a multiple");
    }
  }

  @Override
  public String toString() {
    return "CellParser[" + figures.locale().toLanguageTag() + "]";
  }
}
