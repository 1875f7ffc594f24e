package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Target;

/**
 * The fixtures and floors of the benchmarks, on small sizes: CI runs these, never the benchmarks.
 */
class FixturesTest {
  @TempDir Path dir;

  @Test
  void doubleFloor_computesWhatOkr4jComputes() {
    KrEvaluationBenchmark.checkAgreement();
  }

  @Test
  void portfolio_hasTenKeyResultsPerObjective_fourCheckInsEach_andTheStatedMix() {
    Report report = Portfolio.build(Portfolio.spec(1_000, 7));
    assertThat(report.objectives()).hasSize(100);
    assertThat(report.objectives()).allSatisfy(o -> assertThat(o.keyResults()).hasSize(10));
    Map<Target.Kind, Integer> kinds = new EnumMap<>(Target.Kind.class);
    for (KeyResult k : report.allKeyResults()) {
      assertThat(k.checkIns()).hasSize(4);
      kinds.merge(k.target().kind(), 1, Integer::sum);
    }
    assertThat(kinds)
        .containsEntry(Target.Kind.VALUE, 400)
        .containsEntry(Target.Kind.CHANGE, 200)
        .containsEntry(Target.Kind.THRESHOLD, 150)
        .containsEntry(Target.Kind.MILESTONE, 100)
        .containsEntry(Target.Kind.BINARY, 100)
        .containsEntry(Target.Kind.ZONED, 50);
    assertThat(Portfolio.build(Portfolio.spec(1_000, 7))).isEqualTo(report);
  }

  @Test
  void plainFloor_readsTheSameJsonWithoutLosingAKeyResult() {
    Report report = Portfolio.build(Portfolio.spec(200, 3));
    String json = JsonBenchmark.OKR_JSON.writeReport(report);
    PlainReport plain = JsonBenchmark.PLAIN.readValue(json, PlainReport.class);
    assertThat(plain.keyResultCount()).isEqualTo(200);
    assertThat(JsonBenchmark.OKR_JSON.readReport(json)).isEqualTo(report);
    assertThat(JsonBenchmark.PLAIN.writeValueAsString(plain)).contains("\"kr-199\"");
  }

  @Test
  void auditFixtures_printTenFiguresPerKeyResult_andMeetSeveralVerdicts() {
    Report report = AuditFixtures.synthetic(500, 42);
    var findings = FigureAudit.audit(report);
    assertThat(findings).hasSize(500);
    assertThat(findings).extracting(f -> f.verdict()).contains(Verdict.CONSISTENT);
    assertThat(findings.stream().map(f -> f.verdict()).distinct().count()).isGreaterThan(1);
    assertThat(FigureAudit.audit(AuditFixtures.deck())).hasSize(23);
  }

  @Test
  void suite_rewritesOnlyTheGeneratedPart() throws IOException {
    Path file = dir.resolve("BENCHMARKS.md");
    Suite.write(file, Suite.BEGIN + "\nfirst\n" + Suite.END + "\n");
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).startsWith("# okr4j benchmarks").contains("first");
    Files.writeString(file, written + "\n## Kept by hand\n", StandardCharsets.UTF_8);
    Suite.write(file, Suite.BEGIN + "\nsecond\n" + Suite.END + "\n");
    String rewritten = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(rewritten).contains("second").doesNotContain("first").endsWith("## Kept by hand\n");
    Files.writeString(file, "no markers", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Suite.write(file, "x")).isInstanceOf(IllegalStateException.class);
  }
}
