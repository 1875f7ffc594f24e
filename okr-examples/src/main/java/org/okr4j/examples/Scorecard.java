package org.okr4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.okr4j.core.model.Report;
import org.okr4j.json.OkrJson;
import org.okr4j.report.render.TerminalRenderer;

/**
 * The Q3 FY20 scorecard in a few lines of public API: loads the deck transcribed in the okr-json
 * format, evaluates it with okr-report, and prints it for a terminal of 100 columns. The {@code
 * okr} command ({@code ./okr score}) does the same with every option and format.
 *
 * <pre>
 * ./mvnw -q -pl okr-examples -am compile exec:java
 * </pre>
 */
public final class Scorecard {
  /** The deck, bundled with the examples. */
  public static final String DECK = "/org/okr4j/examples/wikimedia-technology-q3-fy20.json";

  private Scorecard() {}

  /**
   * Prints the scorecard.
   *
   * @param args ignored
   * @throws IOException if the bundled deck cannot be read
   */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  static void run(PrintStream out) throws IOException {
    org.okr4j.report.Scorecard scorecard = org.okr4j.report.Scorecard.evaluate(loadDeck());
    out.print(TerminalRenderer.of(TerminalRenderer.DEFAULT_WIDTH, false).render(scorecard));
    out.flush();
  }

  /**
   * Reads the bundled deck.
   *
   * @return the Q3 FY20 deck
   * @throws IOException if the bundled deck is missing or unreadable
   */
  public static Report loadDeck() throws IOException {
    try (InputStream in = Scorecard.class.getResourceAsStream(DECK)) {
      if (in == null) {
        throw new IOException("bundled deck " + DECK + " is missing");
      }
      return OkrJson.create().readReport(in);
    }
  }
}
