package org.okr4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and memory probe, and writes the results between the markers of {@code
 * BENCHMARKS.md}, leaving the rest of the file as it is.
 *
 * <p>{@code java -jar okr-benchmarks/target/benchmarks.jar [--quick] [--out FILE]}. {@code --quick}
 * runs one short iteration of everything at the smallest sizes, to check the suite, not to measure.
 */
public final class Suite {
  static final String BEGIN = "<!-- BEGIN GENERATED: okr-benchmarks/run.sh rewrites this part -->";
  static final String END = "<!-- END GENERATED -->";

  private final boolean quick;
  private final Map<String, RunResult> results = new HashMap<>();
  private final Map<String, Map<String, String>> probes = new LinkedHashMap<>();

  private Suite(boolean quick) {
    this.quick = quick;
  }

  /**
   * Runs the suite.
   *
   * @param args {@code --quick}, {@code --out FILE}
   * @throws Exception if a benchmark or probe fails
   */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Path out = Paths.get("BENCHMARKS.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--out" -> out = Paths.get(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Instant start = Instant.now();
    KrEvaluationBenchmark.checkAgreement();
    Suite suite = new Suite(quick);
    suite.runBenchmarks();
    suite.runProbes();
    Duration wall = Duration.between(start, Instant.now());
    String report = new SuiteReport(quick, suite.results, suite.probes).report(start, wall);
    write(out, report);
    System.out.println();
    System.out.println(report);
    System.out.printf(Locale.ROOT, "Wrote %s in %d s.%n", out, wall.toSeconds());
  }

  // ---------------------------------------------------------------- running

  private void runBenchmarks() throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(KrEvaluationBenchmark.class.getName())
            .include(PortfolioBenchmark.class.getName())
            .include(JsonBenchmark.class.getName())
            .include(AuditBenchmark.class.getName())
            .include(ScorecardBenchmark.class.getName())
            .addProfiler(GCProfiler.class)
            // A full GC between iterations: no iteration pays for the garbage of the one before
            // (at 1M key results, a model is a gigabyte).
            .shouldDoGC(true)
            .result(Paths.get("okr-benchmarks", "target", "jmh-result.json").toString())
            .resultFormat(ResultFormatType.JSON)
            .shouldFailOnError(true);
    if (quick) {
      options
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(200))
          .measurementIterations(2)
          .measurementTime(TimeValue.milliseconds(200))
          .param("size", "10000");
    }
    Collection<RunResult> run = new Runner(options.build()).run();
    for (RunResult r : run) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String size = r.getParams().getParam("size");
      results.put(size == null ? name : name + ":" + size, r);
    }
  }

  private void runProbes() throws IOException, InterruptedException, URISyntaxException {
    List<Integer> sizes = quick ? List.of(10_000) : List.of(10_000, 100_000, 1_000_000);
    for (int size : sizes) {
      probes.put(
          "model:" + size,
          probe(
              "8g",
              size == 10_000 ? List.of("model", "" + size, "jol") : List.of("model", "" + size)));
    }
    int jsonSize = JsonBenchmark.SIZE;
    probes.put("json:okr4j", probe("4g", List.of("json-read", "okr4j", "" + jsonSize)));
    probes.put("json:floor", probe("4g", List.of("json-read", "floor", "" + jsonSize)));
    probes.put("scorecard", probe("4g", List.of("scorecard", "" + ScorecardBenchmark.SIZE)));
  }

  private static Map<String, String> probe(String heap, List<String> args)
      throws IOException, InterruptedException, URISyntaxException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        Paths.get(Suite.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-XX:+UseSerialGC",
                "-Xms" + heap,
                "-Xmx" + heap,
                "-Djol.magicFieldOffset=true",
                "-cp",
                classPath,
                HeapProbe.class.getName()));
    command.addAll(args);
    System.out.println("# Probe: " + String.join(" ", args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, String> values = new LinkedHashMap<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("#") && !line.startsWith("WARNING")) {
          values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        System.out.println("  " + line);
      }
    }
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("probe " + args + " failed");
    }
    return values;
  }

  /** Replaces the generated part of the file, or writes a new file around it. */
  static void write(Path file, String generated) throws IOException {
    String text;
    if (Files.exists(file)) {
      String old = Files.readString(file, StandardCharsets.UTF_8);
      int begin = old.indexOf(BEGIN);
      int end = old.indexOf(END);
      if (begin < 0 || end < begin) {
        throw new IllegalStateException(file + " has no generated part between its markers");
      }
      int after = end + END.length();
      if (after < old.length() && old.charAt(after) == '\n') {
        after++;
      }
      text = old.substring(0, begin) + generated + old.substring(after);
    } else {
      text =
          "# okr4j benchmarks\n\nRun `okr-benchmarks/run.sh` to refresh the generated part.\n\n"
              + generated;
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
