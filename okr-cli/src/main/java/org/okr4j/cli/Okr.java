package org.okr4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code okr}: scores, audits and validates okr4j reports.
 *
 * <p>Exit status: 0 fine; 1 the check found a problem (an inconsistent figure); 2 the input or the
 * arguments are wrong; 3 a failure of okr itself.
 */
@Command(
    name = "okr",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description =
        "Exact, explainable OKR math: score a report, audit its printed figures, validate it.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ScoreCommand.class,
      AuditCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      SchemaCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  fine",
      "  1  the check found a problem (an inconsistent figure)",
      "  2  the input or the arguments are wrong",
      "  3  a failure of okr itself (run with --verbose for the stack trace)",
      "",
      "Example: okr score --format html --output q3.html"
    })
public final class Okr implements Runnable {
  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On a failure of okr itself, print the stack trace for a bug report.")
  boolean verbose;

  final Environment env;

  Okr(Environment env) {
    this.env = env;
  }

  /**
   * Runs {@code okr} and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, Environment.system()));
  }

  /** Runs {@code okr} in {@code env}; returns the exit status. */
  static int run(String[] args, Environment env) {
    Okr okr = new Okr(env);
    CommandLine cl = new CommandLine(okr, new Factory(env));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          env.err().println("okr: " + ex.getMessage());
          env.err().println("Try 'okr " + commandPath(ex.getCommandLine()) + "--help' for more.");
          return ExitCode.BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          if (ex instanceof UserError) {
            env.err().println("okr: " + ex.getMessage());
            return ExitCode.BAD_INPUT;
          }
          env.err()
              .println("okr: internal error: " + ex + " (please report it; --verbose shows where)");
          if (okr.verbose) {
            ex.printStackTrace(env.err());
          }
          return ExitCode.INTERNAL_ERROR;
        });
    return cl.execute(args);
  }

  private static String commandPath(CommandLine cl) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
      sb.insert(0, c.getCommandName() + " ");
    }
    return sb.toString();
  }

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public void run() {
    if (spec != null) {
      spec.commandLine().usage(env.out());
    }
  }

  /** Gives every command the run's environment. */
  private static final class Factory implements CommandLine.IFactory {
    private final Environment env;

    Factory(Environment env) {
      this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Environment.class).newInstance(env);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }

  /** The version from the jar's {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Okr.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"okr " + p.getProperty("version", "unknown") + " (okr4j)"};
    }
  }
}
