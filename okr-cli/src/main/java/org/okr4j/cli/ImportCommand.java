package org.okr4j.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Month;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.importer.ImportResult;
import org.okr4j.importer.ReviewNote;
import org.okr4j.importer.TableFormat;
import org.okr4j.importer.TableImport;
import org.okr4j.json.OkrJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code okr import}: a key-result table as a draft report. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description = {
      "Read a key-result table as decks, wikis and trackers hold it (Markdown, TSV or CSV;"
          + " columns such as statement | baseline | goal | Q1 | Q2 | Q3) into a draft okr4j/1"
          + " report, and print review notes: each cell the importer could not read, or read with"
          + " doubt, with what it recognised.",
      "The draft goes straight into 'okr audit' and 'okr score'."
    },
    footer = {
      "",
      "Example: okr import deck.md --from markdown --period 'FY2019/20 Q3' --fiscal-year-start"
          + " july --output report.json"
    })
final class ImportCommand implements Runnable {
  private final Environment env;

  @Parameters(paramLabel = "FILE", description = "The table to import (UTF-8).")
  String file = "";

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      required = true,
      description = "markdown, tsv or csv.")
  String from = "";

  @Option(
      names = "--period",
      paramLabel = "LABEL",
      description =
          "The report's period, e.g. 'FY2019/20 Q3'. Default: the period a Markdown heading names.")
  @Nullable String period;

  @Option(
      names = "--fiscal-year-start",
      paramLabel = "MONTH",
      description = "The month the fiscal year starts in, e.g. july. Default: january.")
  @Nullable String fiscalYearStart;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write the draft report here instead of to standard output.")
  @Nullable String output;

  ImportCommand(Environment env) {
    this.env = env;
  }

  @Override
  public void run() {
    TableImport importer;
    try {
      importer = TableImport.from(TableFormat.parse(from));
    } catch (IllegalArgumentException e) {
      throw new UserError("--from: " + e.getMessage());
    }
    if (fiscalYearStart != null) {
      importer = importer.withFiscalYearStart(month(fiscalYearStart));
    }
    if (period != null) {
      importer = importer.withPeriod(period);
    }
    ImportResult result;
    try (Reader in = Files.newBufferedReader(env.resolve(file), StandardCharsets.UTF_8)) {
      result = importer.read(in);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
    Inputs.write(OkrJson.create().writeReport(result.draft()), output, env);
    for (ReviewNote note : result.notes()) {
      env.err().println("okr: " + file + ": " + note);
    }
    env.err()
        .println(
            "okr: "
                + file
                + ": "
                + result.draft().allKeyResults().size()
                + " key results imported, "
                + result.notes().size()
                + " review note(s)");
  }

  private static Month month(String text) {
    try {
      return Month.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError(
          "--fiscal-year-start: \"" + Inputs.clip(text) + "\" is not a month; write e.g. july");
    }
  }
}
