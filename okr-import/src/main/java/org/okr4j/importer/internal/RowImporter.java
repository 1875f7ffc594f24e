package org.okr4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.text.CellParser;
import org.okr4j.core.text.ClaimMapping;
import org.okr4j.core.text.Confidence;
import org.okr4j.core.text.DerivedFigure;
import org.okr4j.core.text.ParsedCell;
import org.okr4j.core.text.ParsedFigure;
import org.okr4j.importer.ImportedCell;
import org.okr4j.importer.ReviewNote;

/** Turns one row of a key-result table into a key result, its review notes and its cells. */
public final class RowImporter {
  private static final Pattern BASELINE = Pattern.compile("(?i)\\bbaseline\\s*:");
  private static final Pattern LOWER =
      Pattern.compile("(?i)\\b(decrease|decreases|reduce|reduction|fewer|lower|less|shorten)\\b");
  private static final Pattern HIGHER =
      Pattern.compile("(?i)\\b(increase|increases|grow|growth|more|raise|higher|improve)\\b");

  private final CellParser cells;

  /** An importer reading cells with {@code cells}. */
  public RowImporter(CellParser cells) {
    this.cells = cells;
  }

  /** What one row became. */
  public record Row(
      Optional<KeyResult> keyResult, List<ReviewNote> notes, List<ImportedCell> cells) {}

  /** A cell of the row with its column. */
  private record Cell(Columns.Column column, String text) {}

  /** Imports a row; {@code where} names it ("table 2, row 3"). */
  public Row read(
      String where,
      List<Columns.Column> columns,
      List<String> row,
      String id,
      @Nullable String givenId) {
    List<ReviewNote> notes = new ArrayList<>();
    List<ImportedCell> imported = new ArrayList<>();
    String statement = "";
    String baselineText = null;
    String goalText = "";
    Columns.Column goalColumn = null;
    Columns.Column baselineColumn = null;
    List<Cell> periods = new ArrayList<>();
    for (Columns.Column c : columns) {
      String text = c.index() < row.size() ? Html.text(row.get(c.index())) : "";
      switch (c.kind()) {
        case STATEMENT -> statement = statement.isEmpty() ? text : statement;
        case BASELINE -> {
          baselineText = text.isEmpty() ? null : text;
          baselineColumn = c;
        }
        case GOAL -> {
          goalText = text;
          goalColumn = c;
        }
        case PERIOD -> periods.add(new Cell(c, text));
        default -> {}
      }
    }
    Matcher b = BASELINE.matcher(statement);
    if (b.find()) {
      if (baselineText == null) {
        baselineText = statement.substring(b.end()).strip();
      }
      statement = statement.substring(0, b.start()).strip();
    }
    statement = withoutFinalStop(statement);
    if (baselineText != null) {
      baselineText = withoutFinalStop(baselineText);
    }
    String keyResultId = givenId != null && !givenId.isBlank() ? givenId.strip() : id;
    if (statement.isEmpty()) {
      if (!goalText.isEmpty() || periods.stream().anyMatch(p -> !p.text().isEmpty())) {
        notes.add(
            note(
                where,
                null,
                "",
                List.of(),
                List.of("a row with figures but no statement; left out")));
      }
      return new Row(Optional.empty(), notes, imported);
    }
    Direction direction = directionOf(statement);
    Unit unit =
        MetricUnits.guess(cells, baselineText, goalText, periods.stream().map(Cell::text).toList());
    KeyResult.Builder kr = KeyResult.builder().id(keyResultId).statement(statement);
    kr.metric(Metric.of(statement, unit, direction));
    String columnName = baselineColumn == null ? "statement" : baselineColumn.header();
    Optional<Quantity> baselineValue = Optional.empty();
    if (baselineText != null) {
      ParsedCell parsed = cells.parse(baselineText, unit);
      imported.add(new ImportedCell(keyResultId, columnName, ImportedCell.Role.BASELINE, parsed));
      List<String> problems = new ArrayList<>(doubtsOf(parsed));
      Optional<ParsedFigure> v = parsed.value().filter(ParsedFigure::isPlain);
      if (v.isPresent()) {
        Baseline.Builder baseline = Baseline.builder().value(v.get().value()).printed(baselineText);
        if (unit.kind() == Unit.Kind.SCORE) {
          for (ParsedFigure other : parsed.otherFigures()) {
            if (other.value().unit().isPercent()) {
              baseline.addAlsoStatedAs(StatedFigure.of(other.text(), other.value()));
            }
          }
        }
        kr.baseline(baseline.build());
        baselineValue = Optional.of(v.get().value());
      } else {
        problems.add("no baseline figure; the text is kept in the key result's note");
        kr.note("Baseline: " + baselineText);
      }
      if (!problems.isEmpty()) {
        notes.add(
            note(
                where + ", " + columnName,
                keyResultId,
                baselineText,
                parsed.recognised(),
                problems));
      }
    }
    if (baselineText == null) {
      notes.add(
          note(where + ", statement", keyResultId, "", List.of(), List.of("no baseline printed")));
    }
    String goalName = goalColumn == null ? "goal" : goalColumn.header();
    ParsedCell goal = cells.parse(goalText, unit);
    if (!goalText.isEmpty()) {
      imported.add(new ImportedCell(keyResultId, goalName, ImportedCell.Role.GOAL, goal));
    }
    Targets.Read target =
        Targets.read(
            goal,
            new Targets.Context(
                direction,
                unit,
                LOWER.matcher(statement).find() || HIGHER.matcher(statement).find(),
                baselineValue));
    kr.target(goalText.isEmpty() ? target.target() : target.target().printedAs(goalText));
    List<String> goalProblems = new ArrayList<>(doubtsOf(goal));
    goalProblems.addAll(target.notes());
    if (!goalProblems.isEmpty()) {
      notes.add(
          note(where + ", " + goalName, keyResultId, goalText, goal.recognised(), goalProblems));
    }
    for (Cell p : periods) {
      if (p.text().isEmpty()) {
        continue;
      }
      ParsedCell parsed = cells.parse(p.text(), unit);
      imported.add(
          new ImportedCell(keyResultId, p.column().header(), ImportedCell.Role.CHECK_IN, parsed));
      List<String> problems = new ArrayList<>(doubtsOf(parsed));
      Optional<CheckIn> checkIn = checkIn(p, parsed, direction, problems);
      checkIn.ifPresent(kr::addCheckIns);
      if (!problems.isEmpty()) {
        notes.add(
            note(
                where + ", column \"" + p.column().header() + "\"",
                keyResultId,
                p.text(),
                parsed.recognised(),
                problems));
      }
    }
    try {
      return new Row(Optional.of(kr.build()), notes, imported);
    } catch (IllegalArgumentException | IllegalStateException e) {
      notes.add(
          note(
              where,
              keyResultId,
              "",
              List.of(),
              List.of("the row is not a valid key result: " + e.getMessage())));
      return new Row(Optional.empty(), notes, imported);
    }
  }

  private static Optional<CheckIn> checkIn(
      Cell p, ParsedCell parsed, Direction direction, List<String> problems) {
    CheckIn.Builder c =
        CheckIn.builder().period(java.util.Objects.requireNonNull(p.column().period()));
    Optional<ParsedFigure> value = parsed.value().filter(ParsedFigure::isPlain);
    Optional<ParsedFigure> notPlain = parsed.value().filter(v -> !v.isPlain());
    notPlain.ifPresent(v -> problems.add("the value " + v.text() + " is not recorded"));
    value.ifPresent(v -> c.value(v.value()));
    parsed.state().ifPresent(c::state);
    Optional<String> boundNote = notPlain.flatMap(RowImporter::boundNote);
    if (value.isEmpty() && parsed.state().isEmpty() && boundNote.isPresent()) {
      // A bound ("<1%") is a measurement without a figure: the work is under way.
      c.state(CheckInState.IN_PROGRESS);
      problems.add("read as in progress, with no figure: " + boundNote.get());
      c.note(parsed.note().map(n -> boundNote.get() + " " + n).orElse(boundNote.get()));
      c.printed(p.text());
      return Optional.of(c.build());
    }
    if (value.isEmpty() && parsed.state().isEmpty()) {
      if (!parsed.isEmpty()) {
        problems.add("no value or state to record; the check-in is left out");
      }
      return Optional.empty();
    }
    parsed.note().ifPresent(c::note);
    c.printed(p.text());
    for (DerivedFigure d : parsed.derived()) {
      ClaimMapping.Mapped m = ClaimMapping.toStatedChange(d, direction);
      problems.addAll(m.notes());
      if (value.isPresent()) {
        m.change().ifPresent(c::addStatedChanges);
      } else if (m.change().isPresent()) {
        problems.add(d.printed() + ": a stated change needs a value beside it; left out");
      }
    }
    return Optional.of(c.build());
  }

  /** What a check-in printed only as a bound says, as a note: "Reported only as below 1%; …". */
  private static Optional<String> boundNote(ParsedFigure v) {
    if (v.isRange() || v.approximate()) {
      return Optional.empty();
    }
    String side =
        switch (v.comparison()) {
          case LESS_THAN -> "below ";
          case AT_MOST -> "at most ";
          case GREATER_THAN -> "above ";
          case AT_LEAST -> "at least ";
          case EQUAL -> "";
        };
    if (side.isEmpty()) {
      return Optional.empty();
    }
    String figure = v.text().replaceFirst("^\\s*(<=|>=|[<>\u2264\u2265])\\s*", "");
    return Optional.of("Reported only as " + side + figure + "; no figure to record.");
  }

  /**
   * The direction the statement's first sense word gives: "Increase in satisfaction and 20%
   * decrease in open reviews" is about satisfaction, which should rise.
   */
  static Direction directionOf(String statement) {
    Matcher lower = LOWER.matcher(statement);
    Matcher higher = HIGHER.matcher(statement);
    boolean falls = lower.find();
    if (falls && higher.find() && higher.start() < lower.start()) {
      falls = false;
    }
    return falls ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
  }

  /** The text without a sentence's final full stop and spaces. */
  private static String withoutFinalStop(String text) {
    return text.replaceAll("[.\\s]+$", "");
  }

  private static List<String> doubtsOf(ParsedCell parsed) {
    return parsed.confidence() == Confidence.CERTAIN
        ? List.of()
        : parsed.doubts().isEmpty() ? List.of("nothing recognised") : parsed.doubts();
  }

  private static ReviewNote note(
      String where,
      @Nullable String id,
      String cell,
      List<String> recognised,
      List<String> problems) {
    return new ReviewNote(where, Optional.ofNullable(id), cell, recognised, problems);
  }
}
