package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.json.OkrJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scorecard program in each output format. */
class ScorecardTest {
  private static final int DERIVED_FIGURES = 23;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Scorecard.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void table_isTheDefault() {
    Run r = run();
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Technology Department, Q3 FY20 — Wikimedia Foundation\n")
        .contains("== Figure audit: 23 derived figures")
        .contains(
            "- mtp-outstanding-reviews check-in FY2019/20 Q3 \"-1.4%\": (1134 − 1151) / 1134 × 100"
                + " = -1.49912…%; rounded half up to the nearest 0.1 that prints -1.5%, so -1.4%"
                + " follows only under DOWN (truncation toward zero)")
        .contains("2 of 3 derivable stated colours agree under grading, mean")
        .containsPattern("mtp-tool-maintainers +1880 maintainer.* 41\\.49% +\\+2\\.07%");
  }

  @Test
  void markdown_hasTablesForEveryObjectiveAndTheAudit() {
    Run r = run("--format", "markdown");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("# Technology Department, Q3 FY20\n")
        .contains("## Figure audit\n\n| figure | stated | computed | verdict | explanation |")
        .contains("| mtp-commons-usage baseline | 52.9% | 52 | INCONSISTENT |")
        .contains("### Secure and protect the platform");
    long auditRows =
        r.out()
            .lines()
            .filter(
                l ->
                    l.matches(
                        "\\| .* \\| (CONSISTENT|INCONSISTENT|CONSISTENT_UNDER_ROUNDING|CONSISTENT_UNDER_OTHER_BASIS|NOT_AUDITABLE) \\| .*"))
            .count();
    assertThat(auditRows).isEqualTo(DERIVED_FIGURES);
  }

  @Test
  void json_parsesAndHasAnEntryForEveryDerivedFigure() throws IOException {
    Run r = run("--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode root =
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .readTree(r.out());
    JsonNode audit = root.get("audit");
    assertThat(audit.size())
        .isEqualTo(DERIVED_FIGURES)
        .isEqualTo(FigureAudit.audit(Scorecard.loadDeck()).size());
    List<String> keyResults = new ArrayList<>();
    for (JsonNode entry : audit) {
      assertThat(entry.has("keyResult")).isTrue();
      assertThat(entry.get("stated").isString()).isTrue();
      assertThat(entry.get("computed").isNumber()).isTrue();
      assertThat(entry.get("verdict").asString()).isNotBlank();
      assertThat(entry.get("explanation").asString()).isNotBlank();
      keyResults.add(entry.get("keyResult").isNull() ? "" : entry.get("keyResult").asString());
    }
    JsonNode truncated = audit.get(15);
    assertThat(truncated.get("keyResult").asString()).isEqualTo("mtp-outstanding-reviews");
    assertThat(truncated.get("stated").asString()).isEqualTo("-1.4%");
    assertThat(truncated.get("computed").decimalValue())
        .isEqualByComparingTo("-1.4991181657848324515");
    assertThat(truncated.get("computedExact").asString()).isEqualTo("-850/567");
    assertThat(truncated.get("verdict").asString()).isEqualTo("CONSISTENT_UNDER_ROUNDING");
    assertThat(truncated.get("matchedInterpretation").get("rounding").asString()).isEqualTo("DOWN");
    assertThat(audit.get(5).get("computed").decimalValue()).isEqualByComparingTo("18.62");
    assertThat(audit.get(5).get("computedIsExact").asBoolean()).isTrue();
    assertThat(keyResults).contains("", "mtp-commons-usage", "cycle-time");
    assertThat(root.get("agreement").size()).isEqualTo(4);
    assertThat(root.get("objectives").size()).isEqualTo(15);
  }

  @Test
  void data_readsAnotherReport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("deck.json");
    Files.writeString(file, OkrJson.create().writeReport(Scorecard.loadDeck()));
    Run fromFile = run("--data", file.toString());
    assertThat(fromFile.exitCode()).isZero();
    assertThat(fromFile.out()).isEqualTo(run().out());
  }

  @Test
  void badArguments_exitTwoWithUsage() {
    Run unknownFormat = run("--format", "yaml");
    assertThat(unknownFormat.exitCode()).isEqualTo(2);
    assertThat(unknownFormat.err()).contains("unknown format \"yaml\"");
    Run stray = run("--verbose");
    assertThat(stray.exitCode()).isEqualTo(2);
    assertThat(stray.err()).startsWith("usage: Scorecard");
    Run missing = run("--data", "/nonexistent/okr4j/deck.json");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).startsWith("cannot read the report").contains("deck.json");
  }
}
