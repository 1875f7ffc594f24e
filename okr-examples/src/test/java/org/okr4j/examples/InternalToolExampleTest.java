package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InternalToolExampleTest {
  @Test
  void prints_progressChangeStatusAndTheObjectiveRollup() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InternalToolExample.run(new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("Code review is fast and predictable — FY2020/21, as of 2021-01-01\n")
        // 1.9 days against "at most 2 days"
        .contains("  progress: 1.9 days ≤ 2 days = 100% (met)")
        // (71.5 − 60) / (85 − 60) = 46%
        .contains("  progress: (71.5 − 60) / (85 − 60) = 46.00%")
        .contains("  status: GREEN by threshold")
        .contains("  status: RED by pace: progress 0.00% against expected 50.41%")
        // (1 + 0.46 + 0) / 3
        .contains(
            "objective progress of faster-code-review = Σ weight × clamped progress / Σ weight")
        .contains("= 48.67%")
        .contains("objective progress rounded down to a whole percent: 48%");
  }
}
