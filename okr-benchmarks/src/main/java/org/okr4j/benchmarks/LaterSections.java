package org.okr4j.benchmarks;

import static org.okr4j.benchmarks.Markdown.allocated;
import static org.okr4j.benchmarks.Markdown.error;
import static org.okr4j.benchmarks.Markdown.fmt;
import static org.okr4j.benchmarks.Markdown.mib;
import static org.okr4j.benchmarks.Markdown.score;
import static org.okr4j.benchmarks.Markdown.timed;

import java.util.Locale;
import org.okr4j.core.audit.FigureAudit;
import org.openjdk.jmh.results.RunResult;

/** The audit and scorecard sections of the generated part of {@code BENCHMARKS.md}. */
final class LaterSections {
  private LaterSections() {}

  static void appendAudit(SuiteReport report, StringBuilder md) {
    md.append("### 4. Audit\n\n");
    md.append(
        "`FigureAudit.audit(report)`; every finding carries its explanation. The synthetic report (`AuditFixtures`) prints ten figures per key result: shares, a target value, changes against the baseline and the previous period; one in ten rounded down, one in fifty wrong.\n\n");
    md.append(
        "| report | figures | time per audit | figures per second | allocated per figure |\n|---|---|---|---|---|\n");
    int deckFigures = FigureAudit.audit(AuditFixtures.deck()).size();
    int syntheticFigures =
        FigureAudit.audit(AuditFixtures.synthetic(AuditBenchmark.SYNTHETIC_FIGURES, 42)).size();
    for (String[] row :
        new String[][] {
          {"deck", "Q3 FY20 deck", "" + deckFigures},
          {"synthetic10k", "synthetic", "" + syntheticFigures}
        }) {
      RunResult r = report.result("AuditBenchmark." + row[0]);
      int figures = Integer.parseInt(row[2]);
      double perSecond = figures / (score(r) / 1e6);
      double low = figures / ((score(r) + error(r)) / 1e6);
      double high = figures / (Math.max(1e-9, score(r) - error(r)) / 1e6);
      md.append("| ")
          .append(row[1])
          .append(" | ")
          .append(figures)
          .append(" | ")
          .append(timed(r))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", perSecond, low, high))
          .append(" | ")
          .append(fmt(allocated(r) / figures))
          .append(" B |\n");
    }
    md.append('\n');
  }

  static void appendScorecard(SuiteReport report, StringBuilder md) {
    md.append("### 5. Scorecard\n\n");
    md.append(
            "`Scorecard.evaluate(report)` (okr-report, default options: as of the end of the report's period) of the portfolio of ")
        .append(String.format(Locale.ROOT, "%,d", ScorecardBenchmark.SIZE))
        .append(
            " key results: every key result's progress, changes, status and projection, every objective's rollup and status, and the figure audit, each with its explanation. ");
    md.append(
        "Beside it, okr-json reading the same report's JSON (`JsonBenchmark.okr4jRead`, from a byte stream). Both run in a JVM with a 4 GiB heap. ");
    md.append(
        "Peak and resident heap as for JSON (`HeapProbe scorecard`, serial GC, a full collection every 5 ms or four times its time, when longer): net of the report for the scorecard, net of the empty heap for the read.\n\n");
    md.append(
        "| operation | time | time per KR | allocated per op | peak heap | resident result |\n|---|---|---|---|---|---|\n");
    int n = ScorecardBenchmark.SIZE;
    for (String[] row :
        new String[][] {
          {"ScorecardBenchmark.evaluate", "scorecard", "`Scorecard.evaluate`"},
          {"JsonBenchmark.okr4jRead", "json:okr4j", "okr-json read"}
        }) {
      RunResult r = report.result(row[0]);
      md.append("| ")
          .append(row[2])
          .append(" | ")
          .append(timed(r))
          .append(" | ")
          .append(fmt(score(r) * 1e6 / n))
          .append(" ns | ")
          .append(mib(allocated(r)))
          .append(" | ")
          .append(mib(report.probeNumber(row[1], "peakLiveBytes")))
          .append(" | ")
          .append(mib(report.probeNumber(row[1], "residentBytes")))
          .append(" |\n");
    }
    md.append('\n');
  }
}
