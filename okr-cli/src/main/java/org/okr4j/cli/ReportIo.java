package org.okr4j.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input report and the output file, shared by {@code score} and {@code audit}. */
final class ReportIo {
  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "An okr4j/1 report (JSON). Default: the bundled Q3 FY20 deck.")
  @Nullable String file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write to this file instead of standard output.")
  @Nullable String output;
}
