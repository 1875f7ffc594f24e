package org.okr4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.okr4j.report.render.TerminalRenderer;

/**
 * Where a run of {@code okr} writes and what its environment says: the output and error streams,
 * the working directory, {@code COLUMNS}, {@code NO_COLOR}, and whether standard output is a
 * terminal. Tests build one of their own.
 */
final class Environment {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> variables;
  private final boolean terminal;
  private final Path workingDirectory;

  Environment(
      PrintStream out,
      PrintStream err,
      Map<String, String> variables,
      boolean terminal,
      Path workingDirectory) {
    this.out = Objects.requireNonNull(out);
    this.err = Objects.requireNonNull(err);
    this.variables = Map.copyOf(variables);
    this.terminal = terminal;
    this.workingDirectory = workingDirectory;
  }

  /**
   * The process's own streams and environment. On Java 17 to 21, {@code System.console()} is null
   * when standard input or output is redirected: exactly when colour must be off.
   */
  @SuppressWarnings("SystemConsoleNull")
  static Environment system() {
    return new Environment(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        System.getenv(),
        System.console() != null,
        Path.of(""));
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** A path given on the command line, resolved against the working directory. */
  Path resolve(String path) {
    return workingDirectory.resolve(path);
  }

  /** {@code COLUMNS} when it is a number of at least 40, else 100. */
  int columns() {
    String columns = variables.get("COLUMNS");
    if (columns != null && columns.strip().matches("\\d{1,4}")) {
      int n = Integer.parseInt(columns.strip());
      if (n >= TerminalRenderer.MIN_WIDTH) {
        return n;
      }
    }
    return TerminalRenderer.DEFAULT_WIDTH;
  }

  /** Colour only on a terminal, and never when {@code NO_COLOR} is set to anything. */
  boolean colour() {
    String noColor = variables.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty());
  }
}
