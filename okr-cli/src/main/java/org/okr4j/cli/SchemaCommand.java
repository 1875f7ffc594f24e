package org.okr4j.cli;

import org.okr4j.json.OkrJson;
import org.okr4j.report.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code okr schema}: print a JSON Schema. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description = {
      "Print the JSON Schema (draft 2020-12) of okr4j/1 reports, or of the scorecard JSON that"
          + " 'okr score --format json' writes (okr4j-scorecard/1)."
    },
    footer = {"", "Example: okr schema scorecard > okr4j-scorecard-1.schema.json"})
final class SchemaCommand implements Runnable {
  private final Environment env;

  @Parameters(
      arity = "0..1",
      paramLabel = "WHICH",
      defaultValue = "report",
      description = "report or scorecard. Default: ${DEFAULT-VALUE}.")
  Which which = Which.REPORT;

  SchemaCommand(Environment env) {
    this.env = env;
  }

  @Override
  public void run() {
    String schema = which == Which.REPORT ? OkrJson.schema() : JsonRenderer.schema();
    env.out().print(schema.endsWith("\n") ? schema : schema + "\n");
    env.out().flush();
  }

  /** The schemas. */
  enum Which {
    REPORT,
    SCORECARD;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
