package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.core.model.Report;
import org.okr4j.core.validate.ReportValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fast, seeded fuzz of the reader, the validator and the figure audit: 100,000 small damaged
 * documents per run, half from a fixed seed and half from a random seed that a failure prints.
 * Every input is read as a string, as UTF-8, UTF-16 or UTF-32 bytes, or through the Jackson module;
 * the read either fails with {@link OkrJsonException} or returns a report whose audit and
 * validation complete without an exception and which writes and reads back to itself.
 *
 * <p>The seeds are small (a few key results with stated changes, shares and restated figures, so
 * that the audit has derived figures to check), and each mutation is a cheap edit, so the run takes
 * seconds; {@link FuzzProperties} does the slow, heavy mutations (deep nesting, huge strings) on
 * large documents.
 */
class SeededFuzzTest {
  private static final int INPUTS_PER_SEED = 50_000;
  private static final long FIXED_SEED = 13L;

  private static final OkrJson JSON = OkrJson.create();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new OkrJsonModule()).build();
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  /** A key result whose figures the audit checks: a share, restated baseline, stated changes. */
  static final String AUDITED =
      """
      {"format": "okr4j/1", "title": "Q3", "fiscalYearStart": "july", "period": "FY2019/20 Q3",
       "objectives": [{"id": "O1", "title": "Developer productivity",
        "facts": [{"statement": "editors", "value": 24.9,
                   "share": {"part": "238.9M", "whole": "959.4M"}}],
        "keyResults": [
         {"id": "KR1", "statement": "Code review time to 18 days",
          "metric": {"name": "code review time", "unit": "days", "direction": "lower",
                     "lowerBound": 0},
          "baseline": {"value": 19, "asOf": "2019-06"},
          "target": {"relativeChange": -2, "statedValue": {"text": "18 days", "value": 18}},
          "checkIns": [
           {"period": "FY2019/20 Q2", "value": 20},
           {"period": "FY2019/20 Q3", "value": 21, "state": "at-risk",
            "statedChanges": [{"text": "10.5%", "value": 10.5},
                              {"text": "5%", "value": 5, "reference": "previous-period"}]}]},
         {"id": "KR2", "statement": "Satisfaction", "metric": {"name": "satisfaction",
           "unit": "score/5", "direction": "higher"},
          "baseline": {"value": 3.8, "alsoStatedAs": [{"text": "76%", "value": 76}]},
          "target": {"reach": 4.0},
          "checkIns": [{"period": "FY2019/20 Q3", "value": 3.9,
            "share": {"part": 39, "whole": 50, "unit": "count:answers"}}]},
         {"id": "KR3", "statement": "Ship it", "target": {"percentComplete": 100},
          "checkIns": [{"period": "2020-01", "value": 40}, {"period": "2020-02", "value": 60}]}
        ]}]}
      """;

  private static final List<String> SEEDS = List.of(ErrorsTest.BASE, AUDITED, AUDITED);

  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    " ",
    "0",
    "9",
    "-",
    ".",
    "e",
    "null",
    "true",
    "\u0000",
    "\uD800",
    "\u202E",
    "\u200B",
    "é",
    "😀",
    "\\u0000",
    "\\uD800",
    "\\u202e",
    "1e999",
    "1.0000000000000000000000000000000000000",
    "-1",
    "150",
    "1E+17",
    "99999999999999999999",
    "\"FY9997/98\"",
    "\"2019-13\"",
    "\"0000-01-01..9999-12-31\"",
    "\"-999999999-01\"",
    "\"FY2019/20\"",
    "\"2020-01-01..2020-04-01\"",
    "\"score/5\"",
    "\"days\"",
    "\"hours\"",
    "\"count\"",
    "\"percent\"",
    "{\"value\": 1, \"unit\": \"days\"}",
    "{\"percentComplete\": 250}",
    "\"18 hours\"",
    "\"\"",
    "\" \"",
    "\"previous-period\"",
    "\"percentage-points\""
  };

  @Test
  void fixedSeed() {
    run(FIXED_SEED);
  }

  @Test
  void randomSeed() {
    run(new Random().nextLong());
  }

  private static void run(long seed) {
    Random random = new Random(seed);
    int read = 0;
    for (int i = 0; i < INPUTS_PER_SEED; i++) {
      String doc = mutate(random);
      int route = random.nextInt(8);
      try {
        if (check(doc, route)) {
          read++;
        }
      } catch (AssertionError | RuntimeException | StackOverflowError e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        fail("seed " + seed + ", input " + i + ", route " + route + ": " + trace + "\n" + doc);
      }
    }
    // Loose: the mutations must leave a fair share of documents readable, or the audit is idle.
    assertThat(read).as("documents read with seed %d", seed).isGreaterThan(INPUTS_PER_SEED / 50);
  }

  /** Reads one input; true when it was a report. */
  private static boolean check(String doc, int route) {
    Report report;
    try {
      report =
          switch (route) {
            case 0 ->
                JSON.readReport(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
            case 1 ->
                JSON.readReport(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_16LE)));
            case 2 -> JSON.readReport(new ByteArrayInputStream(doc.getBytes(UTF_32BE)));
            case 3 -> MAPPER.readValue(doc, Report.class);
            default -> JSON.readReport(doc);
          };
    } catch (OkrJsonException e) {
      assertThat(e.problem()).isNotBlank();
      assertThat(String.valueOf(e.getMessage()).chars().noneMatch(c -> c < 0x20 || c == 0x202E))
          .as("raw control character in %s", e.getMessage())
          .isTrue();
      return false;
    } catch (JacksonException e) {
      // Through a mapper, malformed input outside the report is the mapper's to refuse.
      assertThat(route).as("raw Jackson exception %s", e).isEqualTo(3);
      return false;
    }
    assertThat(FigureAudit.audit(report)).isNotNull();
    assertThat(ReportValidator.validate(report)).noneMatch(f -> f.isError());
    if (doc.hashCode() % 8 == 0) {
      assertThat(JSON.readReport(JSON.writeReport(report))).isEqualTo(report);
    }
    return true;
  }

  private static String mutate(Random random) {
    StringBuilder doc = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      int at = random.nextInt(doc.length() + 1);
      switch (random.nextInt(6)) {
        case 0 -> doc.delete(at, Math.min(doc.length(), at + 1 + random.nextInt(8)));
        case 1 -> doc.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 2 -> replaceNumber(doc, at, random);
        case 3 -> replaceNumber(doc, at, random);
        case 4 -> {
          if (at < doc.length()) {
            doc.setCharAt(at, TOKENS[random.nextInt(TOKENS.length)].charAt(0));
          }
        }
        default -> {
          int end = Math.min(doc.length(), at + random.nextInt(40));
          doc.insert(random.nextInt(doc.length() + 1), doc.substring(at, end));
        }
      }
    }
    return doc.toString();
  }

  /** Replaces the next number at or after {@code from} with a random decimal. */
  private static void replaceNumber(StringBuilder doc, int from, Random random) {
    int start = from;
    while (start < doc.length() && !Character.isDigit(doc.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < doc.length() && (Character.isDigit(doc.charAt(end)) || doc.charAt(end) == '.')) {
      end++;
    }
    if (start >= doc.length() || (start > 0 && Character.isLetterOrDigit(doc.charAt(start - 1)))) {
      return;
    }
    StringBuilder n = new StringBuilder();
    if (random.nextInt(5) == 0) {
      n.append('-');
    }
    n.append(random.nextInt(random.nextBoolean() ? 10 : 1_000_000));
    if (random.nextBoolean()) {
      n.append('.');
      int places = random.nextInt(random.nextInt(8) == 0 ? 25 : 4) + 1;
      for (int i = 0; i < places; i++) {
        n.append(random.nextInt(10));
      }
    }
    doc.replace(start, end, n.toString());
  }
}
