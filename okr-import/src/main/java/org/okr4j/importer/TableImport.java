package org.okr4j.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.text.CellParser;
import org.okr4j.core.text.FigureParser;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;
import org.okr4j.importer.internal.Columns;
import org.okr4j.importer.internal.CsvTables;
import org.okr4j.importer.internal.Html;
import org.okr4j.importer.internal.Ids;
import org.okr4j.importer.internal.MarkdownTables;
import org.okr4j.importer.internal.RawTable;
import org.okr4j.importer.internal.RowImporter;

/**
 * Imports key-result tables into a draft {@link Report} with review notes:
 *
 * <pre>{@code
 * ImportResult result =
 *     TableImport.from(TableFormat.MARKDOWN)
 *         .withPeriod("FY2019/20 Q3")
 *         .withFiscalYearStart(Month.JULY)
 *         .read(reader);
 * result.notes().forEach(System.err::println);
 * Report draft = result.draft();
 * }</pre>
 *
 * <p>Each table becomes an objective and each row a key result: its statement (with any {@code
 * Baseline: …} inside it split off), baseline, goal (the target) and one check-in per period column
 * ({@code Q1 Status} is the first quarter of the report's fiscal year; a header such as {@code
 * FY2019/20 Q1} names its period). Cells are read by {@link CellParser}, whole counts as exact;
 * every cell it is not certain of, and every convention applied, becomes a {@link ReviewNote}.
 * Nothing is guessed: a cell that cannot be read leaves its check-in or target out (or
 * undetermined) and says so.
 *
 * <p>The report's period is {@link #withPeriod}'s label; without one, a Markdown document's {@code
 * Q3 FY20} or {@code FY2019/20 Q3} is used. The fiscal year starts in January unless {@link
 * #withFiscalYearStart} says otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableImport {
  private static final Pattern DECK_PERIOD =
      Pattern.compile(
          "\\bQ([1-4])\\s+FY(\\d{2}|\\d{4})\\b|\\b(FY\\d{4}(?:/\\d{2})?)\\s+Q([1-4])\\b");

  private final TableFormat format;
  private final @Nullable String period;
  private final Month fiscalYearStart;
  private final Locale locale;
  private final @Nullable String title;

  private TableImport(
      TableFormat format,
      @Nullable String period,
      Month fiscalYearStart,
      Locale locale,
      @Nullable String title) {
    this.format = format;
    this.period = period;
    this.fiscalYearStart = fiscalYearStart;
    this.locale = locale;
    this.title = title;
  }

  /**
   * An import of tables in a format, with English figures and calendar fiscal years.
   *
   * @param format the format
   * @return the import
   */
  public static TableImport from(TableFormat format) {
    Objects.requireNonNull(format, "table format must not be null");
    return new TableImport(format, null, Month.JANUARY, Locale.ENGLISH, null);
  }

  /**
   * A copy for the report period with this label.
   *
   * @param label a fiscal period label: {@code "FY2019/20 Q3"}, {@code "FY2020"}
   * @return the copy
   */
  public TableImport withPeriod(String label) {
    Objects.requireNonNull(label, "period label must not be null");
    return new TableImport(format, label, fiscalYearStart, locale, title);
  }

  /**
   * A copy whose fiscal years start in {@code month}.
   *
   * @param month the first month of a fiscal year
   * @return the copy
   */
  public TableImport withFiscalYearStart(Month month) {
    Objects.requireNonNull(month, "fiscal year start must not be null");
    return new TableImport(format, period, month, locale, title);
  }

  /**
   * A copy reading figures in the conventions of {@code locale} ({@code 1.234,5} in German).
   *
   * @param locale the locale
   * @return the copy
   */
  public TableImport withLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    return new TableImport(format, period, fiscalYearStart, locale, title);
  }

  /**
   * A copy giving the report this title, instead of the document's first heading.
   *
   * @param reportTitle the title
   * @return the copy
   */
  public TableImport withTitle(String reportTitle) {
    Objects.requireNonNull(reportTitle, "title must not be null");
    return new TableImport(format, period, fiscalYearStart, locale, reportTitle);
  }

  /**
   * Reads the tables.
   *
   * @param in the document; not closed
   * @return the draft and its review notes
   * @throws UncheckedIOException if reading fails
   * @throws IllegalArgumentException if the period label is not of the fiscal calendar, or no
   *     period is given or found
   */
  public ImportResult read(Reader in) {
    Objects.requireNonNull(in, "reader must not be null");
    String document = format == TableFormat.CSV ? "" : slurp(in);
    FiscalCalendar calendar = FiscalCalendar.startingIn(fiscalYearStart);
    Period reportPeriod = calendar.parse(periodLabel(document));
    List<RawTable> tables =
        switch (format) {
          case MARKDOWN -> MarkdownTables.read(document, false);
          case TSV -> MarkdownTables.read(document, true);
          case CSV -> CsvTables.read(in);
        };
    CellParser cells = CellParser.of(FigureParser.of(locale).withExactCounts());
    RowImporter rows = new RowImporter(cells);
    Ids ids = new Ids();
    List<ReviewNote> notes = new ArrayList<>();
    List<ImportedCell> imported = new ArrayList<>();
    List<Objective> objectives = new ArrayList<>();
    for (RawTable table : tables) {
      List<Columns.Column> columns = Columns.of(table.header(), calendar, reportPeriod);
      if (columns.stream()
          .noneMatch(c -> c.kind() == Columns.Kind.GOAL || c.kind() == Columns.Kind.PERIOD)) {
        continue;
      }
      Objective.Builder objective =
          Objective.builder().id(ids.from(table.objective(), "objective")).title(table.objective());
      Optional<Columns.Column> idColumn =
          columns.stream().filter(c -> c.kind() == Columns.Kind.ID).findFirst();
      for (int r = 0; r < table.rows().size(); r++) {
        List<String> row = table.rows().get(r);
        String where = "table " + table.number() + ", row " + (r + 1);
        String given =
            idColumn.filter(c -> c.index() < row.size()).map(c -> row.get(c.index())).orElse(null);
        String statement = row.isEmpty() ? "" : row.get(0);
        RowImporter.Row read =
            rows.read(where, columns, row, ids.from(Html.text(statement), "kr"), given);
        read.keyResult().ifPresent(objective::addKeyResults);
        notes.addAll(read.notes());
        imported.addAll(read.cells());
      }
      objectives.add(objective.build());
    }
    Report draft =
        Report.builder()
            .title(title != null ? title : titleOf(document))
            .calendar(calendar)
            .period(reportPeriod)
            .objectives(objectives)
            .build();
    return new ImportResult(draft, notes, imported);
  }

  private String periodLabel(String document) {
    if (period != null) {
      return period;
    }
    Matcher m = DECK_PERIOD.matcher(document);
    if (m.find()) {
      if (m.group(1) != null) {
        String year = m.group(2);
        int fiscalYear =
            year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
        return FiscalCalendar.startingIn(fiscalYearStart)
            .quarter(fiscalYear, Integer.parseInt(m.group(1)))
            .label();
      }
      return m.group(3) + " Q" + m.group(4);
    }
    throw new IllegalArgumentException(
        "no report period: give one with withPeriod (for example \"FY2019/20 Q3\")");
  }

  private static String titleOf(String document) {
    for (String line : document.split("\\R", -1)) {
      String s = line.strip();
      if (s.startsWith("# ")) {
        return s.substring(2).strip();
      }
    }
    return "Imported key results";
  }

  private static String slurp(Reader in) {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "TableImport["
        + format
        + ", period "
        + period
        + ", fiscal year from "
        + fiscalYearStart
        + "]";
  }
}
