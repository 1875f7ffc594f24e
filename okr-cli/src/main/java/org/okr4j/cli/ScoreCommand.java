package org.okr4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Report;
import org.okr4j.report.RuleSet;
import org.okr4j.report.Scorecard;
import org.okr4j.report.ScorecardOptions;
import org.okr4j.report.render.HtmlRenderer;
import org.okr4j.report.render.JsonRenderer;
import org.okr4j.report.render.MarkdownRenderer;
import org.okr4j.report.render.TerminalRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code okr score}: the scorecard of a report. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description = {
      "Evaluate a report as of a date and print its scorecard: each key result's progress,"
          + " changes, expected pace, derived statuses beside the stated one and audit findings;"
          + " each objective's rollup and colours.",
      "Without FILE, scores the bundled Q3 FY20 deck of the Wikimedia Technology department."
    },
    footer = {"", "Example: okr score report.json --as-of 2020-04-01 --format markdown"})
final class ScoreCommand implements Runnable {
  private final Environment env;

  @Mixin ReportIo io = new ReportIo();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Judge as of this day (YYYY-MM-DD). Default: the day after the report's period.")
  @Nullable String asOf;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, markdown, json or html. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TABLE;

  @Option(
      names = "--goal-period",
      paramLabel = "LABEL",
      description =
          "Goals of key results that state no period of their own, e.g. FY2019/20."
              + " Default: the fiscal year containing the report's period.")
  @Nullable String goalPeriod;

  @Option(
      names = "--rule-set",
      paramLabel = "NAME",
      split = ",",
      description = "Rule sets to derive colours with: pace, grading. Default: pace,grading.")
  List<String> ruleSets = new ArrayList<>();

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description = "Width of the table format. Default: $COLUMNS, else 100.")
  @Nullable Integer width;

  ScoreCommand(Environment env) {
    this.env = env;
  }

  @Override
  public void run() {
    Report report = Inputs.report(io.file, env);
    ScorecardOptions options = ScorecardOptions.defaults();
    if (asOf != null) {
      options = options.withAsOf(Inputs.date("--as-of", asOf));
    }
    if (goalPeriod != null) {
      try {
        options = options.withGoalPeriod(report.calendar().parse(goalPeriod));
      } catch (IllegalArgumentException e) {
        throw new UserError("--goal-period: " + e.getMessage());
      }
    }
    if (!ruleSets.isEmpty()) {
      List<RuleSet> sets = new ArrayList<>();
      try {
        for (String name : ruleSets) {
          sets.add(RuleSet.named(name));
        }
        options = options.withRuleSets(sets);
      } catch (IllegalArgumentException e) {
        throw new UserError("--rule-set: " + e.getMessage());
      }
    }
    Scorecard scorecard = Scorecard.evaluate(report, options);
    String text =
        switch (format) {
          case TABLE -> terminal().render(scorecard);
          case MARKDOWN -> MarkdownRenderer.instance().render(scorecard);
          case JSON -> JsonRenderer.instance().render(scorecard);
          case HTML -> HtmlRenderer.instance().render(scorecard);
        };
    Inputs.write(text, io.output, env);
  }

  private TerminalRenderer terminal() {
    int columns = width == null ? env.columns() : width;
    if (columns < TerminalRenderer.MIN_WIDTH) {
      throw new UserError("--width: " + columns + " is too narrow; use at least 40");
    }
    return TerminalRenderer.of(columns, io.output == null && env.colour());
  }

  /** The output formats. */
  enum Format {
    TABLE,
    MARKDOWN,
    JSON,
    HTML;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
