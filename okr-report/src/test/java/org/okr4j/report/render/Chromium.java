package org.okr4j.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run as a plain process: screenshots, the DOM as the browser built it,
 * and its console messages. Nothing is downloaded; a missing browser fails the test (CI installs
 * it).
 */
public final class Chromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final int TIMEOUT_SECONDS = 60;
  public static final int DESKTOP = 1280;
  public static final int PHONE = 390;

  /**
   * A script appended to a copy of the page: it narrows the root element to {@code width} pixels
   * (headless Chromium's {@code --dump-dom} window is at least 500 pixels wide; 390 and 500 are
   * both under the page's 40rem phone breakpoint) and records every element that reaches past it,
   * outside a scrolling box.
   */
  static String overflowProbe(int width) {
    return "<script>(function(){var w="
        + width
        + ",wide=[];document.documentElement.style.width=w+'px';"
        + "document.querySelectorAll('body *').forEach(function(e){"
        + "var r=e.getBoundingClientRect();"
        + "if(r.width>0&&r.right>w+0.5&&!e.closest('.scroll'))"
        + "wide.push(e.tagName.toLowerCase()+'.'+e.getAttribute('class')+' '+Math.round(r.right));});"
        + "document.body.setAttribute('data-probe-width',document.documentElement"
        + ".getBoundingClientRect().width);"
        + "document.body.setAttribute('data-probe-wide',wide.slice(0,12).join(' | '));"
        + "})();</script>";
  }

  /** What one run printed. */
  public record Run(String stdout, List<String> consoleMessages) {}

  private Chromium() {}

  /** Fails with a clear message when the browser is not installed. */
  public static void require() {
    if (!Files.isExecutable(BINARY)) {
      fail(
          BINARY
              + " is not installed: the HTML renderer is tested in Debian's headless Chromium"
              + " (apt-get install chromium; .ci/run installs it)");
    }
  }

  /** A screenshot of {@code page} at {@code width} × 2000 pixels. */
  public static Run screenshot(Path page, int width, Path png)
      throws IOException, InterruptedException {
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    Run run = run(page, width, "--screenshot=" + png.toAbsolutePath());
    assertThat(png).exists();
    byte[] head = new byte[8];
    System.arraycopy(Files.readAllBytes(png), 0, head, 0, 8);
    assertThat(head).as("PNG signature").startsWith(0x89, 'P', 'N', 'G');
    return run;
  }

  /** The page printed to a PDF file, as a person would print it. */
  public static Run printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
    Files.createDirectories(pdf.getParent());
    Files.deleteIfExists(pdf);
    Run run = run(page, DESKTOP, "--print-to-pdf=" + pdf.toAbsolutePath());
    assertThat(pdf).exists();
    assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    return run;
  }

  /** The DOM as the browser built it at {@code width} pixels. */
  public static Run dumpDom(Path page, int width) throws IOException, InterruptedException {
    return run(page, width, "--dump-dom");
  }

  private static Run run(Path page, int width, String action)
      throws IOException, InterruptedException {
    require();
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
      fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    List<String> console = new ArrayList<>();
    for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
      if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
        console.add(line);
      }
    }
    assertThat(p.exitValue())
        .as("chromium exit status; stderr:%n%s", Files.readString(err, StandardCharsets.UTF_8))
        .isZero();
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    deleteTree(profile);
    return new Run(stdout, console);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
