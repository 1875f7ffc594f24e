package org.okr4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, as {@code java -jar target/okr.jar} (run by failsafe after package). */
class OkrJarIT {
  private static final Path JAR = Path.of("target", "okr.jar");

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("COLUMNS");
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("okr finished within 60 s").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void score_printsTheDeck() throws Exception {
    Run r = run("score");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Technology Department, Q3 FY20 — Wikimedia Foundation\n");
    assertThat(r.out().lines().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0))
        .isLessThanOrEqualTo(100);
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void exitStatuses() throws Exception {
    assertThat(run("audit").status()).isEqualTo(1);
    Run missing = run("validate", dir.resolve("none.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).endsWith("none.json: no such file\n").doesNotContain("Exception");
    assertThat(run("--version").out()).matches("okr \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(okr4j\\)\n");
    assertThat(run("schema").status()).isZero();
  }
}
