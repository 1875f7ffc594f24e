package org.okr4j.cli;

import org.okr4j.core.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code okr validate}: is a file a valid okr4j report. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description = {
      "Check that a file is a valid okr4j/1 report: well-formed JSON, known members of the right"
          + " types, and values okr-core accepts. An error names its JSON path, line and column.",
      "Exits 0 when valid, 2 when not."
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
    Report report = Inputs.report(file, env);
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
                + " check-ins");
  }
}
