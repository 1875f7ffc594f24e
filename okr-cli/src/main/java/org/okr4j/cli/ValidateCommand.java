package org.okr4j.cli;

import org.okr4j.core.model.Report;
import org.okr4j.core.validate.ValidationFinding;
import org.okr4j.json.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code okr validate}: is a file a valid okr4j report. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description = {
      "Check that a file is a valid okr4j/1 report: well-formed JSON, known members of the right"
          + " types, values okr-core accepts, and the semantic rules of FORMAT.md (a share's part"
          + " within its whole, values within the metric's bounds, no day checked in twice, ...)."
          + " An error names its JSON path, line and column; warnings (an implausible period, a"
          + " target in the wrong direction, ...) are printed too.",
      "Exits 0 when valid (with or without warnings), 2 when not."
    },
    footer = {"", "Example: okr validate report.json"})
final class ValidateCommand implements Runnable {
  private final Environment env;

  @Parameters(paramLabel = "FILE", description = "The file to check.")
  String file = "";

  ValidateCommand(Environment env) {
    this.env = env;
  }

  @Override
  public void run() {
    ReadResult read = Inputs.withWarnings(file, env);
    Report report = read.report();
    long checkIns = report.allKeyResults().stream().mapToLong(k -> k.checkIns().size()).sum();
    env.out()
        .println(
            file
                + ": valid okr4j/1 report: "
                + report.allObjectives().size()
                + " objectives, "
                + report.allKeyResults().size()
                + " key results, "
                + checkIns
                + " check-ins"
                + (read.warnings().isEmpty() ? "" : ", " + read.warnings().size() + " warning(s)"));
    for (ValidationFinding w : read.warnings()) {
      env.err().println("okr: " + file + ": " + w);
    }
  }
}
