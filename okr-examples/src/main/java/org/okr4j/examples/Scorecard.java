package org.okr4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.okr4j.core.model.Report;
import org.okr4j.json.OkrJson;
import org.okr4j.json.OkrJsonException;

/**
 * The Q3 FY20 scorecard: loads the deck transcribed in the okr-json format, computes every figure
 * with okr-core, and prints it as a terminal table (default), Markdown or JSON.
 *
 * <pre>
 * ./mvnw -q -pl okr-examples -am compile exec:java
 * ./mvnw -q -pl okr-examples -am compile exec:java -Dexec.args="--format markdown"
 * ./mvnw -q -pl okr-examples -am compile exec:java -Dexec.args="--format json --data my-report.json"
 * </pre>
 */
public final class Scorecard {
  /** The deck, bundled with the examples. */
  static final String DECK = "/org/okr4j/examples/wikimedia-technology-q3-fy20.json";

  private Scorecard() {}

  /**
   * Prints the scorecard.
   *
   * @param args {@code [--format table|markdown|json] [--data report.json]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs with the given streams; returns the exit code: 0, 1 when the report cannot be read, 2 for
   * bad arguments.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String format = "table";
    Path data = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("--format") || a.equals("--data")) && i + 1 < args.length) {
        if (a.equals("--format")) {
          format = args[++i].toLowerCase(Locale.ROOT);
        } else {
          data = Path.of(args[++i]);
        }
      } else {
        err.println("usage: Scorecard [--format table|markdown|json] [--data report.json]");
        return 2;
      }
    }
    Report report;
    try {
      report = data == null ? loadDeck() : OkrJson.create().readReport(data);
    } catch (IOException | UncheckedIOException | OkrJsonException e) {
      err.println("cannot read the report: " + e.getMessage());
      return 1;
    }
    ScorecardData scorecard = ScorecardBuilder.build(report);
    String text =
        switch (format) {
          case "table" -> TextRenderer.render(scorecard);
          case "markdown", "md" -> MarkdownRenderer.render(scorecard);
          case "json" -> JsonRenderer.render(scorecard);
          default -> null;
        };
    if (text == null) {
      err.println("unknown format \"" + format + "\": use table, markdown or json");
      return 2;
    }
    out.print(text);
    out.flush();
    return 0;
  }

  /** Reads the bundled deck. */
  static Report loadDeck() throws IOException {
    try (InputStream in = Scorecard.class.getResourceAsStream(DECK)) {
      if (in == null) {
        throw new IOException("bundled deck " + DECK + " is missing");
      }
      return OkrJson.create().readReport(in);
    }
  }
}
