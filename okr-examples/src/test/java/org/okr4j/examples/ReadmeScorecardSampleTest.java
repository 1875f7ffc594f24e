package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.core.model.Report;
import org.okr4j.json.OkrJson;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.Scorecard;

/**
 * The README's consumer sample: one key result's progress, change and status with their
 * explanations in five lines (imports aside). Compiled and run here; the README must show it
 * verbatim.
 */
class ReadmeScorecardSampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "org", "okr4j", "examples", "ReadmeScorecardSampleTest.java");

  @TempDir Path dir;

  @Test
  void sample_printsProgressChangeAndStatusWithExplanations() throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, OkrJson.create().writeReport(deck()));
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      sample(file);
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "progress = (current − baseline) / (target − baseline)"
                + " = (1919 − 1880) / (1974 − 1880) = 41.49%"
                + " [where target value = baseline × (1 + change / 100)"
                + " = 1880 × (1 + 5 / 100) = 1974]",
            "relative change against the baseline = (new − old) / old"
                + " = (1919 − 1880) / 1880 = +2.07%",
            "pace: RED — pace: 41.49% done where 75.14% was expected");
  }

  private static Report deck() throws IOException {
    return org.okr4j.examples.Scorecard.loadDeck();
  }

  @Test
  void readme_showsTheSampleVerbatim_inAtMostTenLines() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> source = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
    int start = source.indexOf("    // README:start") + 1;
    int end = source.indexOf("    // README:end");
    List<String> lines =
        source.subList(start, end).stream()
            .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
            .toList();
    assertThat(lines).hasSizeLessThanOrEqualTo(10);
    assertThat(readme)
        .contains("```java\n" + lines.stream().collect(Collectors.joining("\n")) + "\n```");
  }

  private static void sample(Path file) {
    // README:start
    Report report = OkrJson.create().readReport(file);
    KeyResultCard kr = Scorecard.evaluate(report).keyResult("mtp-tool-maintainers").orElseThrow();
    System.out.println(kr.progress().explanation());
    System.out.println(kr.changeVsBaseline().explanation());
    System.out.println(kr.derived("pace").orElseThrow());
    // README:end
  }
}
