package org.okr4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.okr4j.core.model.Report;
import org.okr4j.report.Scorecard;
import org.openjdk.jol.info.GraphLayout;

/**
 * Memory measurements, each run by {@link Suite} in a JVM of its own with the serial collector, so
 * that {@link System#gc()} is a full, compacting collection and "heap used after GC" is the live
 * set. Prints {@code key=value} lines.
 *
 * <ul>
 *   <li>{@code model SIZE [jol]}: resident bytes of the okr4j model of a {@link Portfolio} of SIZE
 *       key results, as heap after GC with and without it; with {@code jol}, also JOL's walk of the
 *       object graph and the bytes of its largest classes.
 *   <li>{@code json-read okr4j|floor SIZE}: the JSON of a portfolio is written to a file, then read
 *       back from it (a stream: the text is never on the heap) by okr-json or by the plain floor.
 *       Peak is the largest live heap sampled during the read by a thread that runs a full
 *       collection every 5 ms (or four times the collection's time, when longer); resident is the
 *       heap after GC that the result keeps. Both are net of the heap before.
 *   <li>{@code scorecard SIZE}: {@link Scorecard#evaluate(Report)} of a portfolio's report, sampled
 *       the same way; both figures are net of the report.
 * </ul>
 */
public final class HeapProbe {
  private HeapProbe() {}

  /**
   * Runs one measurement.
   *
   * @param args the measurement and its arguments
   * @throws IOException if the JSON file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "model" -> model(Integer.parseInt(args[1]), args.length > 2 && args[2].equals("jol"));
      case "json-read" -> jsonRead(args[1], Integer.parseInt(args[2]));
      case "scorecard" -> scorecard(Integer.parseInt(args[1]));
      default -> throw new IllegalArgumentException("unknown probe " + args[0]);
    }
  }

  private static void model(int size, boolean jol) {
    Portfolio.Spec spec = Portfolio.spec(size, 42);
    long before = usedAfterGc();
    Report report = Portfolio.build(spec);
    long after = usedAfterGc();
    print("heapBytes", after - before);
    print("heapBytesPerKr", (after - before) / (double) size);
    if (jol) {
      GraphLayout layout = GraphLayout.parseInstance(report);
      print("jolBytes", layout.totalSize());
      print("jolBytesPerKr", layout.totalSize() / (double) size);
      print("jolObjectsPerKr", layout.totalCount() / (double) size);
      List<Class<?>> classes = new ArrayList<>(layout.getClasses());
      classes.sort(
          Comparator.comparingLong((Class<?> c) -> layout.getClassSizes().count(c)).reversed());
      for (Class<?> c : classes.subList(0, Math.min(14, classes.size()))) {
        print(
            "class." + c.getName(),
            String.format(
                Locale.ROOT,
                "%.1f;%.2f",
                layout.getClassSizes().count(c) / (double) size,
                layout.getClassCounts().count(c) / (double) size));
      }
    }
    keep(report);
  }

  private static void jsonRead(String reader, int size) throws IOException {
    Path file = Files.createTempFile("okr4j-bench-", ".json");
    try {
      JsonBenchmark.OKR_JSON.writeReport(Portfolio.build(Portfolio.spec(size, 42)), file);
      print("documentBytes", Files.size(file));
      sampled(
          "read",
          () -> {
            try (InputStream in = Files.newInputStream(file)) {
              return reader.equals("okr4j")
                  ? JsonBenchmark.OKR_JSON.readReport(in)
                  : JsonBenchmark.PLAIN.readValue(in, PlainReport.class);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The heap while {@link Scorecard#evaluate(Report)} evaluates a portfolio's report, net of the
   * report: peak is the largest live heap sampled during the evaluation, resident what the
   * scorecard keeps beside the report.
   */
  private static void scorecard(int size) {
    Report report = Portfolio.build(Portfolio.spec(size, 42));
    sampled("evaluate", () -> Scorecard.evaluate(report));
    keep(report);
  }

  /**
   * Runs an operation while a {@link Sampler} samples the live heap; prints its time while sampled,
   * the samples, the peak live heap and the heap its result keeps, both net of the heap before.
   */
  private static void sampled(String operation, Supplier<Object> run) {
    long before = usedAfterGc();
    Sampler sampler = new Sampler();
    Thread sampling = new Thread(sampler, "live-heap-sampler");
    sampling.setDaemon(true);
    Object result;
    long start = System.nanoTime();
    sampling.start();
    try {
      result = run.get();
    } finally {
      sampler.running = false;
    }
    long elapsed = System.nanoTime() - start;
    try {
      sampling.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long resident = usedAfterGc() - before;
    print(operation + "MillisWhileSampled", elapsed / 1_000_000);
    print("liveSamples", sampler.samples);
    print("peakLiveBytes", Math.max(sampler.peak - before, resident));
    print("residentBytes", resident);
    keep(result);
  }

  /**
   * Samples the live heap while the operation runs: a full collection (serial, so the heap used
   * after it is exactly the live set), then a pause of 5 ms or four times that collection's time,
   * whichever is longer. Reading a document keeps a live heap of some 100 MiB, collected in a few
   * milliseconds: sampled every 5 ms. A scorecard of 100k key results keeps 400 MiB, whose full
   * collection takes a second on a busy machine: sampled every 5 ms, the collections would take all
   * of the time (ten minutes instead of a few seconds); the longer pause keeps them to a fifth.
   */
  private static final class Sampler implements Runnable {
    volatile boolean running = true;
    long peak;
    int samples;

    @Override
    public void run() {
      while (running) {
        long start = System.nanoTime();
        System.gc();
        long collectionMillis = (System.nanoTime() - start) / 1_000_000;
        peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        samples++;
        sleep(Math.max(5, 4 * collectionMillis));
      }
    }
  }

  /**
   * Heap used after full collections, once it has stopped shrinking for a second. Some memory (10
   * MiB after writing the JSON file) is let go only some 300 ms after it became garbage, so one
   * collection is not enough.
   */
  static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    int stable = 0;
    for (int i = 0; i < 40 && stable < 4; i++) {
      System.gc();
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      stable = now > used - 64 * 1024 ? stable + 1 : 0;
      used = Math.min(used, now);
      sleep(250);
    }
    return used;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Keeps a value reachable until here: prints its class and identity. */
  private static void keep(Object value) {
    print("kept", value.getClass().getSimpleName() + "@" + System.identityHashCode(value));
  }

  private static void print(String key, Object value) {
    System.out.println(key + "=" + value);
  }
}
