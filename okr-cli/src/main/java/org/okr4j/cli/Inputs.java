package org.okr4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Report;
import org.okr4j.json.OkrJson;
import org.okr4j.json.OkrJsonException;
import org.okr4j.json.ReadResult;

/** Reads what the commands are given, turning every failure into one clear {@link UserError}. */
final class Inputs {
  /** The Q3 FY20 deck bundled with okr-examples. */
  static final String DECK = "/org/okr4j/examples/wikimedia-technology-q3-fy20.json";

  /** How the bundled deck is named in messages. */
  static final String DECK_NAME = "the bundled Q3 FY20 deck";

  private Inputs() {}

  /** The report in {@code file} with the validator's warnings on it. */
  static ReadResult withWarnings(String file, Environment env) {
    String text = text(file, env.resolve(file));
    try {
      return OkrJson.create().readReportWithFindings(text);
    } catch (OkrJsonException e) {
      throw new UserError(file + ": " + where(e) + e.problem());
    }
  }

  /** The report in {@code file}, or the bundled deck when {@code file} is null. */
  static Report report(@Nullable String file, Environment env) {
    if (file == null) {
      try (InputStream in = Inputs.class.getResourceAsStream(DECK)) {
        if (in == null) {
          throw new IllegalStateException(DECK + " is missing from the okr jar");
        }
        return OkrJson.create().readReport(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path path = env.resolve(file);
    String text = text(file, path);
    try {
      return OkrJson.create().readReport(text);
    } catch (OkrJsonException e) {
      throw new UserError(file + ": " + where(e) + e.problem());
    }
  }

  /**
   * {@code "line 12, column 4: /objectives/0/id: "}, or the path alone when the line is unknown.
   */
  static String where(OkrJsonException e) {
    String path = e.path().isEmpty() ? "" : e.path() + ": ";
    return e.line() < 0 ? path : "line " + e.line() + ", column " + e.column() + ": " + path;
  }

  private static String text(String name, Path path) {
    if (Files.isDirectory(path)) {
      throw new UserError(name + ": is a directory, not a report file");
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError(name + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new UserError(name + ": not UTF-8 text");
    } catch (IOException e) {
      throw new UserError(name + ": cannot read: " + e.getMessage());
    }
  }

  /** A date written {@code 2020-04-01}. */
  static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new UserError(
          option
              + ": \""
              + clip(text)
              + "\" is not a date; write it as YYYY-MM-DD, e.g. 2020-04-01");
    }
  }

  /** Writes {@code text} to {@code output}, or to standard output when it is null. */
  static void write(String text, @Nullable String output, Environment env) {
    if (output == null) {
      env.out().print(text);
      env.out().flush();
      return;
    }
    Path path = env.resolve(output);
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(output + ": cannot write: " + e.getMessage());
    }
  }

  /** At most 60 characters of what the user typed, control characters shown as '?'. */
  static String clip(String s) {
    String shown = s.length() <= 60 ? s : s.substring(0, 59) + "…";
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
