package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.status.GradingRule;
import org.okr4j.core.status.Status;
import org.okr4j.core.status.StatusContext;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/** Runs the README's usage sample and checks that the README shows exactly this code. */
class ReadmeSampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "org", "okr4j", "core", "calc", "ReadmeSampleTest.java");

  @Test
  void sample_printsProgressChangeAndStatus() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      sample();
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "progress = (current − baseline) / (target − baseline)"
                + " = (1919 − 1880) / (1974 − 1880) = 41.49%",
            "+2.1%", "YELLOW by grading: progress 41.49% (green from 70.00%, yellow from 40.00%)");
  }

  @Test
  void readme_showsTheSampleVerbatim() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> source = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
    int start = source.indexOf("    // README:start") + 1;
    int end = source.indexOf("    // README:end");
    String sample =
        source.subList(start, end).stream()
            .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
            .collect(Collectors.joining("\n"));
    assertThat(readme).contains("```java\n" + sample + "\n```");
  }

  private static void sample() {
    // README:start
    FiscalCalendar wikimedia = FiscalCalendar.startingIn(Month.JULY);
    Period q3 = wikimedia.quarter(2020, 3); // FY2019/20 Q3: January to March 2020
    Unit maintainers = Unit.count("maintainers");

    KeyResult toolMaintainers =
        KeyResult.builder()
            .id("tool-maintainers")
            .statement("30% increase of tool maintainers")
            .metric(Metric.of("tool maintainers", maintainers, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(Quantity.exact(1880, maintainers)))
            .target(Target.reach(Quantity.exact(1974, maintainers)))
            .addCheckIns(CheckIn.of(q3, Quantity.exact(1919, maintainers)))
            .build();

    Outcome<Progress> progress = TargetProgress.latest(toolMaintainers);
    System.out.println(progress.explanation());

    CheckIn latest = toolMaintainers.latestCheckIn().orElseThrow();
    Outcome<Change> change =
        PercentChange.of(toolMaintainers, latest, ChangeBasis.RELATIVE_TO_BASELINE);
    String shown =
        change.fold(
            c -> Figures.change(c, Rounding.of(1, RoundingMode.HALF_UP)),
            undefined -> "n/a: " + undefined.reason().description());
    System.out.println(shown);

    Status status =
        GradingRule.google()
            .evaluate(
                toolMaintainers,
                StatusContext.of(wikimedia.fiscalYear(2020), LocalDate.of(2020, 4, 1)));
    System.out.println(status);
    // README:end
  }
}
