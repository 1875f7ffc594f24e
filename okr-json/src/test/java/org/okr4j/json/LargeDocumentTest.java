package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;

/** A 100,000-key-result document streams through a file in both directions. */
class LargeDocumentTest {
  private static final java.util.List<CheckInState> STATES =
      java.util.List.of(CheckInState.ON_TRACK, CheckInState.AT_RISK, CheckInState.DONE);

  @TempDir Path dir;

  @Test
  void hundredThousandKeyResultsRoundTripThroughAFile() throws IOException {
    FiscalCalendar fy = FiscalCalendar.startingIn(Month.JULY);
    Unit unit = Unit.count("tools");
    Metric metric = Metric.of("tools", unit, Direction.HIGHER_IS_BETTER);
    Report.Builder report =
        Report.builder().title("Large").calendar(fy).period(fy.fiscalYear(2020));
    int n = 0;
    for (int o = 0; o < 100; o++) {
      Objective.Builder objective = Objective.builder().id("O" + o).title("Objective " + o);
      for (int k = 0; k < 1_000; k++, n++) {
        objective.addKeyResults(
            KeyResult.builder()
                .id("KR" + n)
                .statement("Key result " + n)
                .metric(metric)
                .target(Target.reach(Quantity.of(BigDecimal.valueOf(n, 1), unit)))
                .addCheckIns(
                    CheckIn.builder()
                        .period(fy.quarter(2020, 1 + n % 4))
                        .value(Quantity.of(BigDecimal.valueOf(n % 977, 2), unit))
                        .state(STATES.get(n % STATES.size()))
                        .build())
                .build());
      }
      report.addObjectives(objective.build());
    }
    Report large = report.build();
    assertThat(large.allKeyResults()).hasSize(100_000);

    OkrJson json = OkrJson.create();
    Path file = dir.resolve("large.json");
    json.writeReport(large, file);
    assertThat(Files.size(file)).isGreaterThan(10_000_000L);
    Report read = json.readReport(file);
    assertThat(read).isEqualTo(large);
  }
}
