package org.okr4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** How {@link SuiteReport} prints figures: JMH scores with their errors, sizes, table rows. */
final class Markdown {
  private Markdown() {}

  static double score(RunResult r) {
    return r.getPrimaryResult().getScore();
  }

  static double error(RunResult r) {
    double e = r.getPrimaryResult().getScoreError();
    return Double.isNaN(e) ? 0 : e;
  }

  static String timed(RunResult r) {
    return fmt(score(r)) + " ± " + fmt(error(r)) + " " + r.getPrimaryResult().getScoreUnit();
  }

  static double allocated(RunResult r) {
    for (Map.Entry<String, Result<?>> e : secondary(r).entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        return e.getValue().getScore();
      }
    }
    return Double.NaN;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // JMH declares the map with a raw Result.
  static Map<String, Result<?>> secondary(RunResult r) {
    return (Map) r.getSecondaryResults();
  }

  /** A ratio and its error, from the relative errors of its two terms. */
  static String ratio(RunResult a, RunResult b) {
    double r = score(a) / score(b);
    double e = r * Math.hypot(error(a) / score(a), error(b) / score(b));
    return fmt(r) + "× ± " + fmt(e);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String mib(double bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
  }

  static void row(
      StringBuilder md, String target, String okr, String floor, String ratio, boolean met) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(okr)
        .append(" | ")
        .append(floor)
        .append(" | ")
        .append(ratio)
        .append(" | ")
        .append(met ? "**met**" : "**missed**")
        .append(" |\n");
  }

  static double megabytes(double bytes) {
    return bytes / 1e6;
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).strip();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: leave the CPU unnamed.
    }
    long memory =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize();
    return String.format(
        Locale.ROOT,
        "%s, %d cores, %.0f GiB, %s %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        memory / (1024.0 * 1024 * 1024),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }
}
