package org.okr4j.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.model.CheckIn;
import org.okr4j.report.Agreement;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.Display;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.Scorecard;

/**
 * The scorecard for a terminal: each objective, then each of its key results as a stack of labelled
 * lines, then the figure audit and the colours. Every line fits the width: values wrap at words and
 * a value longer than a line continues on the next, so nothing is ever cut.
 *
 * <p>With colour on, the words {@code RED}, {@code YELLOW} and {@code GREEN} are coloured with ANSI
 * escapes (which take no width); a caller turns colour off when output is piped or {@code NO_COLOR}
 * is set.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TerminalRenderer {
  /** The narrowest width rendered. */
  public static final int MIN_WIDTH = 40;

  /** The width when none is given (as {@code COLUMNS} would). */
  public static final int DEFAULT_WIDTH = 100;

  private static final int LABEL = 10;
  private static final Pattern COLOURS = Pattern.compile("\\b(RED|YELLOW|GREEN)\\b");

  private final int width;
  private final boolean colour;

  private TerminalRenderer(int width, boolean colour) {
    this.width = width;
    this.colour = colour;
  }

  /**
   * A renderer for a terminal of {@code width} columns.
   *
   * @param width the columns, at least {@value #MIN_WIDTH}
   * @param colour whether to colour statuses with ANSI escapes
   * @return the renderer
   * @throws IllegalArgumentException if the width is below {@value #MIN_WIDTH}
   */
  public static TerminalRenderer of(int width, boolean colour) {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException(
          "terminal width (" + width + ") must be at least " + MIN_WIDTH);
    }
    return new TerminalRenderer(width, colour);
  }

  /**
   * The width lines fit in.
   *
   * @return the width
   */
  public int width() {
    return width;
  }

  /**
   * Whether statuses are coloured.
   *
   * @return true with ANSI colour
   */
  public boolean colour() {
    return colour;
  }

  /**
   * Writes the scorecard.
   *
   * @param scorecard the scorecard
   * @return the text, lines ending in {@code \n}
   */
  public String render(Scorecard scorecard) {
    List<String> out = new ArrayList<>();
    header(scorecard, out);
    for (ObjectiveCard o : scorecard.objectives()) {
      objective(o, out);
    }
    audit(scorecard, out);
    colours(scorecard, out);
    StringBuilder sb = new StringBuilder();
    for (String line : out) {
      sb.append(colour ? paint(line) : line).append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes only the figure audit: the verdict counts, then each finding with its explanation.
   *
   * @param scorecard the scorecard
   * @return the text, lines ending in {@code \n}
   */
  public String renderAudit(Scorecard scorecard) {
    List<String> out = new ArrayList<>();
    audit(scorecard, out);
    StringBuilder sb = new StringBuilder();
    for (String line : out) {
      sb.append(colour ? paint(line) : line).append('\n');
    }
    return sb.toString();
  }

  private void header(Scorecard s, List<String> out) {
    String title =
        s.report().title() + s.report().organization().map(org -> " — " + org).orElse("");
    out.addAll(Wrap.lines(title, width, "", ""));
    out.addAll(Wrap.lines(Texts.header(s), width, "", ""));
    out.add("");
  }

  private void objective(ObjectiveCard o, List<String> out) {
    String indent = "  ".repeat(Math.min(o.depth(), 4));
    out.addAll(Wrap.lines("== " + o.title() + " [" + o.id() + "]", width, indent, indent + "   "));
    o.stated().ifPresent(st -> line(out, indent, "stated", Texts.stated(st)));
    if (o.isDerivable()) {
      List<String> derived = new ArrayList<>();
      for (DerivedStatus d : o.derived()) {
        derived.add(d.label() + " " + d.color() + Texts.agreement(o, d));
      }
      line(out, indent, "derived", String.join(" · ", derived));
      line(out, indent, "rollup", o.rollupText());
    } else {
      line(out, indent, "derived", "no key results given: no colour can be derived");
    }
    for (AuditFinding f : o.audit()) {
      line(out, indent, "audit", Texts.finding(f));
    }
    out.add("");
    for (KeyResultCard k : o.keyResults()) {
      keyResult(k, indent + "  ", out);
    }
  }

  private void keyResult(KeyResultCard k, String indent, List<String> out) {
    out.addAll(
        Wrap.lines(k.id() + " — " + k.keyResult().statement(), width, indent, indent + "  "));
    String inner = indent + "  ";
    line(out, inner, "baseline", k.baselineText());
    String target = k.targetText() + " (goal period " + k.goalPeriod().label() + ")";
    line(out, inner, "target", target);
    k.keyResult().headline().ifPresent(h -> line(out, inner, "headline", Display.target(h)));
    List<String> checkIns = new ArrayList<>();
    for (CheckIn c : k.checkIns()) {
      boolean judged = k.judgedCheckIn().map(c::equals).orElse(false);
      checkIns.add(c.period().label() + ": " + Display.checkIn(c) + (judged ? " ◂" : ""));
    }
    line(out, inner, "check-ins", checkIns.isEmpty() ? "none" : String.join("; ", checkIns));
    line(out, inner, "progress", k.progressText() + "; expected " + k.expectedProgressText());
    line(out, inner, "projected", k.projectionText());
    line(
        out,
        inner,
        "change",
        "vs baseline " + k.changeVsBaselineText() + "; vs previous " + k.changeVsPreviousText());
    for (DerivedStatus d : k.derived()) {
      line(out, inner, d.ruleSet(), d.color() + " — " + d.brief());
    }
    line(out, inner, "stated", k.stated().map(Texts::stated).orElse("—"));
    for (AuditFinding f : k.audit()) {
      line(out, inner, "audit", Texts.finding(f));
    }
    out.add("");
  }

  private void audit(Scorecard s, List<String> out) {
    out.addAll(Wrap.lines("== Figure audit: " + Texts.verdictCounts(s), width, "", "   "));
    for (AuditFinding f : s.audit()) {
      out.addAll(
          Wrap.lines(
              Texts.where(f) + " \"" + f.stated().text() + "\": " + f.verdict(),
              width,
              "- ",
              "  "));
      out.addAll(Wrap.lines(f.explanation().brief(), width, "  ", "  "));
    }
    out.add("");
  }

  private void colours(Scorecard s, List<String> out) {
    out.addAll(
        Wrap.lines("== Colours: stated beside derived (as of " + s.asOf() + ")", width, "", "   "));
    for (ObjectiveCard o : s.objectives()) {
      if (o.stated().isEmpty()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      parts.add("stated " + o.stated().orElseThrow().color());
      if (o.isDerivable()) {
        for (DerivedStatus d : o.derived()) {
          parts.add(d.label() + " " + d.color() + Texts.agreement(o, d));
        }
      } else {
        parts.add("no key results given");
      }
      out.addAll(Wrap.lines(o.title() + ": " + String.join(" · ", parts), width, "- ", "  "));
    }
    for (Agreement a : s.agreements()) {
      out.addAll(Wrap.lines(a.toString(), width, "", "  "));
    }
  }

  private void line(List<String> out, String indent, String label, String value) {
    out.addAll(Wrap.labelled(indent, label, LABEL, value, width));
  }

  private static String paint(String line) {
    Matcher m = COLOURS.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String code =
          switch (m.group(1)) {
            case "RED" -> "31";
            case "YELLOW" -> "33";
            default -> "32";
          };
      m.appendReplacement(sb, "\u001b[1;" + code + "m" + m.group(1) + "\u001b[0m");
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
