package org.okr4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published jars are reproducible: every entry carries {@code project.build.outputTimestamp}
 * (2026-12-01T00:00:00Z), not the time of the build, so two builds of one commit give identical
 * bytes. Runs after package, when the modules' jars are in their target folders.
 */
class ReproducibleJarsIT {
  private static final Instant OUTPUT_TIMESTAMP = Instant.parse("2026-12-01T00:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"okr-core", "okr-json", "okr-report"})
  void everyEntryCarriesTheOutputTimestamp(String module) throws IOException {
    Path jar = Path.of("..", module, "target", module + "-0.1.0-SNAPSHOT.jar");
    assertThat(jar).exists();
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        names.add(e.getName());
        FileTime time = e.getLastModifiedTime();
        assertThat(time.toInstant()).as(e.getName() + " in " + jar).isEqualTo(OUTPUT_TIMESTAMP);
      }
    }
    assertThat(names).contains("META-INF/MANIFEST.MF").hasSizeGreaterThan(10);
    assertThat(Files.size(jar)).isPositive();
  }
}
