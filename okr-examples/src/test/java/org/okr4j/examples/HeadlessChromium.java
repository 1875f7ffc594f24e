package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium as a plain process (no downloads): a screenshot or the DOM it built,
 * with its console messages. A missing browser fails the test; CI installs it.
 */
final class HeadlessChromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final int TIMEOUT_SECONDS = 60;

  /** What one run printed: stdout, and the stderr lines that are console messages. */
  record Run(String stdout, List<String> console) {}

  private HeadlessChromium() {}

  static Run run(Path page, int width, String action) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      fail(BINARY + " is not installed: apt-get install chromium (.ci/run installs it)");
    }
    Path profile = Files.createTempDirectory("okr4j-chromium-");
    Path out = Files.createTempFile("okr4j-chromium-", ".out");
    Path err = Files.createTempFile("okr4j-chromium-", ".err");
    List<String> command =
        List.of(
            BINARY.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile,
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=" + width + ",2000",
            action,
            page.toAbsolutePath().toUri().toString());
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within " + TIMEOUT_SECONDS + " s");
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("chromium exit status; stderr:%n%s", stderr).isZero();
    Run run =
        new Run(
            Files.readString(out, StandardCharsets.UTF_8),
            stderr.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList());
    try (Stream<Path> paths = Files.walk(profile)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return run;
  }
}
