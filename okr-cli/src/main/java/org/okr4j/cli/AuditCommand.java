package org.okr4j.cli;

import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.AuditPolicy;
import org.okr4j.core.audit.Verdict;
import org.okr4j.report.Scorecard;
import org.okr4j.report.ScorecardOptions;
import org.okr4j.report.render.JsonRenderer;
import org.okr4j.report.render.TerminalRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code okr audit}: does every derived figure follow from its inputs. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description = {
      "Check that every derived figure a report prints (shares, changes, target values) follows"
          + " from the figures it is derived from, within their stated precision.",
      "Exits 1 when any figure is inconsistent, so a report can be checked in CI before it is"
          + " presented. Without FILE, audits the bundled Q3 FY20 deck."
    },
    footer = {"", "Example: okr audit report.json --strict --format json"})
final class AuditCommand implements java.util.concurrent.Callable<Integer> {
  private final Environment env;

  @Mixin ReportIo io = new ReportIo();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TABLE;

  @Option(
      names = "--strict",
      description =
          "Accept a figure only under the reading the report claims, rounded half up, from its"
              + " inputs as printed (no other basis, rounding mode or input precision).")
  boolean strict;

  AuditCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    ScorecardOptions options =
        ScorecardOptions.defaults().withAudit(strict ? AuditPolicy.strict() : AuditPolicy.search());
    Scorecard scorecard = Scorecard.evaluate(Inputs.report(io.file, env), options);
    String text =
        switch (format) {
          case TABLE ->
              TerminalRenderer.of(env.columns(), io.output == null && env.colour())
                  .renderAudit(scorecard);
          case JSON -> JsonRenderer.instance().renderAudit(scorecard);
        };
    Inputs.write(text, io.output, env);
    long inconsistent = scorecard.count(Verdict.INCONSISTENT);
    if (inconsistent > 0) {
      String name = io.file == null ? Inputs.DECK_NAME : io.file;
      env.err().println("okr: " + name + ": " + inconsistent + " inconsistent figure(s):");
      for (AuditFinding f : scorecard.audit()) {
        if (f.verdict() == Verdict.INCONSISTENT) {
          env.err()
              .println(
                  "  "
                      + f.keyResultId().orElse(f.objectiveId())
                      + " "
                      + f.location()
                      + " \""
                      + f.stated().text()
                      + "\"");
        }
      }
      return ExitCode.PROBLEM_FOUND;
    }
    return ExitCode.OK;
  }

  /** The output formats. */
  enum Format {
    TABLE,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
