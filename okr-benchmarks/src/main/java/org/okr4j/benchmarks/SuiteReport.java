package org.okr4j.benchmarks;

import static org.okr4j.benchmarks.Markdown.allocated;
import static org.okr4j.benchmarks.Markdown.error;
import static org.okr4j.benchmarks.Markdown.fmt;
import static org.okr4j.benchmarks.Markdown.machine;
import static org.okr4j.benchmarks.Markdown.megabytes;
import static org.okr4j.benchmarks.Markdown.mib;
import static org.okr4j.benchmarks.Markdown.ratio;
import static org.okr4j.benchmarks.Markdown.row;
import static org.okr4j.benchmarks.Markdown.score;
import static org.okr4j.benchmarks.Markdown.timed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Version;

/**
 * The generated part of {@code BENCHMARKS.md}: the run, the targets and a section per benchmark,
 * from the JMH results and probe values that {@link Suite} collected.
 */
final class SuiteReport {
  private static final String BEGIN = Suite.BEGIN;
  private static final String END = Suite.END;

  private final boolean quick;
  private final Map<String, RunResult> results;
  private final Map<String, Map<String, String>> probes;

  SuiteReport(
      boolean quick, Map<String, RunResult> results, Map<String, Map<String, String>> probes) {
    this.quick = quick;
    this.results = results;
    this.probes = probes;
  }

  RunResult result(String key) {
    RunResult r = results.get(key);
    if (r == null) {
      throw new IllegalStateException("no result for " + key + "; have " + results.keySet());
    }
    return r;
  }

  private @Nullable RunResult optional(String key) {
    return results.get(key);
  }

  private String probeValue(String probe, String key) {
    Map<String, String> values = probes.get(probe);
    String v = values == null ? null : values.get(key);
    if (v == null) {
      throw new IllegalStateException("probe " + probe + " has no " + key);
    }
    return v;
  }

  double probeNumber(String probe, String key) {
    return Double.parseDouble(probeValue(probe, key));
  }

  String report(Instant start, Duration wall) {
    StringBuilder md = new StringBuilder();
    md.append(BEGIN).append("\n\n");
    md.append("## Latest run\n\n");
    if (quick) {
      md.append(
          "**Quick run (`--quick`): one short iteration, smallest sizes. Not a measurement.**\n\n");
    }
    md.append("| | |\n|---|---|\n");
    md.append("| date | ")
        .append(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                start.atOffset(ZoneOffset.UTC).withNano(0)))
        .append(" UTC |\n");
    md.append("| machine | ").append(machine()).append(" |\n");
    md.append("| JDK | ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append(" |\n");
    md.append("| JMH | ")
        .append(Version.getPlainVersion())
        .append(
            ", 1 fork per benchmark, 3 warmup and 5 measured iterations (1 s; 2 s for the portfolio, JSON and scorecard benchmarks), a full GC between iterations, `-prof gc` |\n");
    md.append("| suite wall time | ")
        .append(wall.toSeconds())
        .append(" s (`okr-benchmarks/run.sh`, benchmarks and memory probes, build excluded) |\n\n");
    md.append(
        "Errors are JMH's: half the 99.9% confidence interval over the measured iterations of one fork. ");
    md.append(
        "The machine is shared with other builds, so the errors are wide and runs differ by more than them. ");
    md.append("Ratios carry the relative errors of both terms.\n\n");

    appendTargets(md);
    appendKrEvaluation(md);
    appendPortfolio(md);
    appendJson(md);
    LaterSections.appendAudit(this, md);
    LaterSections.appendScorecard(this, md);
    md.append(END).append('\n');
    return md.toString();
  }

  private void appendTargets(StringBuilder md) {
    md.append("### Targets\n\n");
    md.append("| target | okr4j | floor or limit | ratio | met |\n|---|---|---|---|---|\n");
    RunResult okr = result("KrEvaluationBenchmark.okr4j");
    RunResult floor = result("KrEvaluationBenchmark.floor");
    double krRatio = score(okr) / score(floor);
    row(
        md,
        "KR evaluation ≤ 15× the `double` floor (3× the goal)",
        timed(okr),
        timed(floor),
        ratio(okr, floor),
        krRatio <= 15);
    double krAllocated = allocated(okr);
    row(
        md,
        "KR evaluation ≤ 300 B allocated",
        fmt(krAllocated) + " B/op",
        "300 B",
        fmt(krAllocated / 300) + "× of the limit",
        krAllocated <= 300);

    String largest = quick ? "10000" : "1000000";
    RunResult rollup = result("PortfolioBenchmark.rollupAndStatus:" + largest);
    double rollupMs = score(rollup);
    row(
        md,
        (quick ? "10k" : "1M") + "-KR portfolio rolled up with statuses ≤ 0.5 s, one core",
        timed(rollup),
        "500 ms",
        fmt(rollupMs / 500) + "× of the limit",
        rollupMs <= 500);
    if (!quick) {
      for (String op : List.of("rollupAndStatus", "build")) {
        RunResult a = result("PortfolioBenchmark." + op + ":10000");
        RunResult b = result("PortfolioBenchmark." + op + ":100000");
        RunResult c = result("PortfolioBenchmark." + op + ":1000000");
        double g1 = score(b) / score(a);
        double g2 = score(c) / score(b);
        row(
            md,
            "linear growth of `" + op + "`: 10× KRs ≤ 11× time",
            "10k→100k " + fmt(g1) + "×, 100k→1M " + fmt(g2) + "×",
            "11×",
            ratio(b, a) + "; " + ratio(c, b),
            g1 <= 11 && g2 <= 11);
      }
    }
    double perKr = probeNumber("model:" + (quick ? "10000" : "100000"), "heapBytesPerKr");
    row(
        md,
        "≤ 400 resident bytes per KR (four check-ins)",
        fmt(perKr) + " B (heap after GC, " + (quick ? "10k" : "100k") + " KRs)",
        "400 B",
        fmt(perKr / 400) + "× of the limit",
        perKr <= 400);

    RunResult read = result("JsonBenchmark.okr4jRead");
    RunResult plainRead = result("JsonBenchmark.floorRead");
    double readRatio = score(read) / score(plainRead);
    row(
        md,
        "JSON read ≤ 1.5× plain databind",
        timed(read),
        timed(plainRead),
        ratio(read, plainRead),
        readRatio <= 1.5);
    double peak = probeNumber("json:okr4j", "peakLiveBytes");
    double resident = probeNumber("json:okr4j", "residentBytes");
    row(
        md,
        "peak heap while reading ≤ 2× the resident model",
        mib(peak) + " peak",
        mib(resident) + " resident model",
        fmt(peak / resident) + "×",
        peak / resident <= 2);
    RunResult card = result("ScorecardBenchmark.evaluate");
    md.append("| scorecard of the 100k-KR report: time and peak heap, beside reading it | ")
        .append(timed(card))
        .append(", ")
        .append(mib(probeNumber("scorecard", "peakLiveBytes")))
        .append(" peak | ")
        .append(timed(read))
        .append(", ")
        .append(mib(peak))
        .append(" peak | ")
        .append(ratio(card, read))
        .append(" | reported |\n");
    md.append('\n');
  }

  private void appendKrEvaluation(StringBuilder md) {
    md.append("### 1. KR evaluation\n\n");
    md.append(
        "One key result (1880 → 1974, four check-ins): progress, relative change against the baseline and the previous period, and pace status (`PaceRule.defaults()`, linear pace, as of 2020-05-15). ");
    md.append(
        "`okr4j` computes the progress once and gives it to the status (`StatusRule.evaluate(keyResult, context, progress)`), as the scorecard does; `okr4jProgressTwice` evaluates the status from the key result alone, which computes the progress again. ");
    md.append(
        "The floor (`DoubleFloor`) computes the same four results in `double`; the suite checks first that they agree.\n\n");
    md.append("| benchmark | time | vs floor | allocated per op |\n|---|---|---|---|\n");
    RunResult floor = result("KrEvaluationBenchmark.floor");
    for (String name :
        List.of(
            "okr4j",
            "okr4jProgressTwice",
            "floor",
            "okr4jProgress",
            "okr4jChangeVsBaseline",
            "okr4jChangeVsPrevious",
            "okr4jStatus")) {
      RunResult r = result("KrEvaluationBenchmark." + name);
      md.append("| `")
          .append(name)
          .append("` | ")
          .append(timed(r))
          .append(" | ")
          .append(ratio(r, floor))
          .append(" | ")
          .append(fmt(allocated(r)))
          .append(" B |\n");
    }
    md.append('\n');
  }

  private void appendPortfolio(StringBuilder md) {
    md.append("### 2. Portfolio\n\n");
    md.append(
        "A synthetic organisation (`Portfolio`): ten key results per objective; out of every 20, 8 value, 4 relative-change, 3 threshold, 2 milestone, 2 binary and 1 zoned targets; four quarterly check-ins each. ");
    md.append(
        "`build` builds and validates the model from plain arrays; `rollupAndStatus` runs `Rollup.progress` and `ObjectiveStatus.of(…, PaceRule.defaults(), …, WEAKEST)` (which derives every key result's status) for every objective, on one thread, in a JVM with `-XX:ActiveProcessorCount=1` (serial GC).\n\n");
    md.append(
        "| KRs | operation | time per portfolio | time per KR | allocated per KR |\n|---|---|---|---|---|\n");
    for (String size : quick ? List.of("10000") : List.of("10000", "100000", "1000000")) {
      int n = Integer.parseInt(size);
      for (String op : List.of("build", "rollupAndStatus")) {
        RunResult r = optional("PortfolioBenchmark." + op + ":" + size);
        if (r == null) {
          continue;
        }
        md.append("| ")
            .append(String.format(Locale.ROOT, "%,d", n))
            .append(" | `")
            .append(op)
            .append("` | ")
            .append(timed(r))
            .append(" | ")
            .append(fmt(score(r) * 1e6 / n))
            .append(" ± ")
            .append(fmt(error(r) * 1e6 / n))
            .append(" ns | ")
            .append(fmt(allocated(r) / n))
            .append(" B |\n");
      }
    }
    md.append(
        "\nResident bytes of the model (`HeapProbe model`: heap used after full GC with and without it, serial GC):\n\n");
    md.append("| KRs | resident | per KR |\n|---|---|---|\n");
    for (Map.Entry<String, Map<String, String>> e : probes.entrySet()) {
      if (!e.getKey().startsWith("model:")) {
        continue;
      }
      int n = Integer.parseInt(e.getKey().substring("model:".length()));
      md.append("| ")
          .append(String.format(Locale.ROOT, "%,d", n))
          .append(" | ")
          .append(mib(Double.parseDouble(e.getValue().get("heapBytes"))))
          .append(" | ")
          .append(fmt(Double.parseDouble(e.getValue().get("heapBytesPerKr"))))
          .append(" B |\n");
    }
    Map<String, String> jol = probes.get("model:10000");
    if (jol != null && jol.containsKey("jolBytesPerKr")) {
      md.append("\nJOL's walk of the 10k model: ")
          .append(fmt(Double.parseDouble(jol.get("jolBytesPerKr"))))
          .append(" B and ")
          .append(fmt(Double.parseDouble(jol.get("jolObjectsPerKr"))))
          .append(" objects per KR. Largest classes:\n\n");
      md.append("| class | bytes per KR | instances per KR |\n|---|---|---|\n");
      for (Map.Entry<String, String> e : jol.entrySet()) {
        if (e.getKey().startsWith("class.")) {
          String[] v = e.getValue().split(";", -1);
          md.append("| `")
              .append(e.getKey().substring("class.".length()))
              .append("` | ")
              .append(v[0])
              .append(" | ")
              .append(v[1])
              .append(" |\n");
        }
      }
    }
    md.append('\n');
  }

  private void appendJson(StringBuilder md) {
    md.append("### 3. JSON\n\n");
    double bytes = probeNumber("json:okr4j", "documentBytes");
    int n = JsonBenchmark.SIZE;
    md.append("The portfolio of ")
        .append(String.format(Locale.ROOT, "%,d", n))
        .append(" key results as okr-json writes it: ")
        .append(mib(bytes))
        .append(
            " (more than okr-json's default 64 MiB `maxDocumentLength`; the benchmark reads with 256 MiB). ");
    md.append(
        "The floor reads and writes the same JSON with a plain `JsonMapper` into records (`PlainReport`: doubles and strings, no validation). Both read UTF-8 bytes from a stream; both write an indented `String`; both run in a JVM with a 6 GiB heap and a 4 GiB young generation. MB/s counts the okr-json document's bytes (MB = 10⁶ bytes).\n\n");
    md.append("| benchmark | time | MB/s | vs floor | allocated per op |\n|---|---|---|---|---|\n");
    for (String[] pair :
        new String[][] {
          {"okr4jRead", "floorRead"},
          {"floorRead", "floorRead"},
          {"okr4jWrite", "floorWrite"},
          {"floorWrite", "floorWrite"}
        }) {
      RunResult r = result("JsonBenchmark." + pair[0]);
      RunResult f = result("JsonBenchmark." + pair[1]);
      double mbs = megabytes(bytes) / (score(r) / 1000);
      md.append("| `")
          .append(pair[0])
          .append("` | ")
          .append(timed(r))
          .append(" | ")
          .append(fmt(mbs))
          .append(" | ")
          .append(ratio(r, f))
          .append(" | ")
          .append(mib(allocated(r)))
          .append(" |\n");
    }
    md.append(
        "\nHeap while reading the same document from a file (`HeapProbe json-read`, serial GC): peak is the largest live heap sampled during the read by a thread that runs a full collection every 5 ms, or four times the collection's time when longer (the read runs slower meanwhile; a spike between two samples could be missed); resident is the heap after GC that the result keeps. Both are net of the heap before the read; the document itself is never on the heap.\n\n");
    md.append(
        "| reader | live samples | peak | resident result | peak / resident |\n|---|---|---|---|---|\n");
    for (String reader : List.of("okr4j", "floor")) {
      String p = "json:" + reader;
      double peak = probeNumber(p, "peakLiveBytes");
      double resident = probeNumber(p, "residentBytes");
      md.append("| ")
          .append(reader.equals("okr4j") ? "okr-json → `Report`" : "databind → `PlainReport`")
          .append(" | ")
          .append(probeValue(p, "liveSamples"))
          .append(" | ")
          .append(mib(peak))
          .append(" | ")
          .append(mib(resident))
          .append(" | ")
          .append(fmt(peak / resident))
          .append("× |\n");
    }
    md.append('\n');
  }
}
