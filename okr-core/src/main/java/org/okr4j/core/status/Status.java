package org.okr4j.core.status;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.StatusColor;

/**
 * A derived status: its colour, the rule that produced it, the reason in words with the figures
 * filled in, and the explanations of the figures it used.
 *
 * <p>{@code RED by pace: progress 41.49% against expected 75.14%: 33.65 points behind (green within
 * 10.00, yellow within 25.00)}.
 *
 * <p>The rules of this package write the reason and gather the evidence only when {@link
 * #reason()}, {@link #evidence()}, {@link #equals}, {@link #hashCode} or {@link #toString} first
 * needs them: a dashboard that shows only colours does not pay for the text.
 *
 * <p>A status and what it is built from are one object: a rule's status is an instance of a
 * subclass that holds the figures its reason and evidence are written from, beside the colour,
 * reads its name from the rule, and builds each once, when first asked for, checking it then (the
 * reason not null, the evidence without null elements, kept as an immutable copy). If building
 * throws, nothing is kept and the next call builds again. No class outside this package can extend
 * it.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract sealed class Status {
  private final StatusColor color;

  /**
   * A status of a colour; the subclass names the rule ({@link #rule()}). A rule's own status reads
   * the name from the rule it holds anyway, one field less in every status.
   *
   * @param color the colour
   */
  Status(StatusColor color) {
    this.color = Checks.notNull(color, "color");
  }

  /**
   * A status.
   *
   * @param color the colour
   * @param rule the name of the rule that produced it
   * @param reason why, with the figures filled in
   * @return the status
   */
  public static Status of(StatusColor color, String rule, String reason) {
    return of(color, rule, reason, List.of());
  }

  /**
   * A status with the explanations of the figures it used.
   *
   * @param color the colour
   * @param rule the name of the rule that produced it
   * @param reason why, with the figures filled in
   * @param evidence explanations of the figures used
   * @return the status
   */
  public static Status of(
      StatusColor color, String rule, String reason, List<Explanation> evidence) {
    return new Given(color, rule, reason, evidence);
  }

  /**
   * A status whose reason and evidence are built when first asked for, once, with the checks of
   * {@link #of(StatusColor, String, String, List)} applied then.
   *
   * @param color the colour
   * @param rule the name of the rule that produced it
   * @param reason builds the reason
   * @param evidence gathers the explanations of the figures used
   * @return the status
   */
  static Status lazy(
      StatusColor color,
      String rule,
      Supplier<String> reason,
      Supplier<List<Explanation>> evidence) {
    return new FromSuppliers(color, rule, reason, evidence);
  }

  /**
   * The colour.
   *
   * @return the colour
   */
  public StatusColor color() {
    return color;
  }

  /**
   * The rule that produced the status.
   *
   * @return the rule's name
   */
  public abstract String rule();

  /**
   * Why, with the figures filled in.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * The explanations of the figures used.
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Explanation> evidence();

  /**
   * A copy produced by another rule, such as a combination naming itself.
   *
   * @param newRule the rule's name
   * @return the copy, with this status's reason and evidence
   */
  public Status withRule(String newRule) {
    return new Renamed(this instanceof Renamed r ? r.source : this, newRule);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Status other
        && color == other.color
        && rule().equals(other.rule())
        && reason().equals(other.reason())
        && evidence().equals(other.evidence());
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, rule(), reason(), evidence());
  }

  /**
   * {@code "YELLOW by pace: ..."}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return color + " by " + rule() + ": " + reason();
  }

  /**
   * A status that builds its reason and evidence when first asked for, once; a rule subclasses it
   * to hold its figures in the status itself, and names itself ({@link #rule()}).
   */
  abstract static non-sealed class Built extends Status {
    /**
     * The reason and evidence built so far; null until either is asked for. One field for both
     * keeps a pace status at 32 bytes on a 64-bit JVM, where two would take 40.
     */
    private @Nullable Grounds grounds;

    /** What a built status has built so far. */
    private static final class Grounds {
      @Nullable String reason;
      @Nullable List<Explanation> evidence;
    }

    /**
     * A status of a colour, built later.
     *
     * @param color the colour
     */
    Built(StatusColor color) {
      super(color);
    }

    /** Writes the reason; called at most once unless it throws. */
    abstract String buildReason();

    /** Gathers the evidence; called at most once unless it throws. */
    abstract List<Explanation> buildEvidence();

    private Grounds grounds() {
      Grounds g = grounds;
      if (g == null) {
        g = new Grounds();
        grounds = g;
      }
      return g;
    }

    @Override
    public final synchronized String reason() {
      Grounds g = grounds();
      String r = g.reason;
      if (r == null) {
        r = Checks.notNull(buildReason(), "reason");
        g.reason = r;
      }
      return r;
    }

    @Override
    public final synchronized List<Explanation> evidence() {
      Grounds g = grounds();
      List<Explanation> e = g.evidence;
      if (e == null) {
        e = List.copyOf(Checks.noNullElements(buildEvidence(), "evidence"));
        g.evidence = e;
      }
      return e;
    }
  }

  /** A status whose reason and evidence are checked when given. */
  private static final class Given extends Status {
    private final String rule;
    private final String reason;
    private final List<Explanation> evidence;

    Given(StatusColor color, String rule, String reason, List<Explanation> evidence) {
      super(color);
      this.rule = Checks.notBlank(rule, "rule");
      this.reason = Checks.notNull(reason, "reason");
      this.evidence = List.copyOf(Checks.noNullElements(evidence, "evidence"));
    }

    @Override
    public String rule() {
      return rule;
    }

    @Override
    public String reason() {
      return reason;
    }

    @Override
    public List<Explanation> evidence() {
      return evidence;
    }
  }

  private static final class FromSuppliers extends Built {
    private final String rule;
    private final Supplier<String> reason;
    private final Supplier<List<Explanation>> evidence;

    FromSuppliers(
        StatusColor color,
        String rule,
        Supplier<String> reason,
        Supplier<List<Explanation>> evidence) {
      super(color);
      this.rule = Checks.notBlank(rule, "rule");
      this.reason = Checks.notNull(reason, "reason");
      this.evidence = Checks.notNull(evidence, "evidence");
    }

    @Override
    public String rule() {
      return rule;
    }

    @Override
    String buildReason() {
      return reason.get();
    }

    @Override
    List<Explanation> buildEvidence() {
      return evidence.get();
    }
  }

  /** Another rule's status under a new name: its reason and evidence are the source's. */
  private static final class Renamed extends Status {
    private final Status source;
    private final String rule;

    Renamed(Status source, String rule) {
      super(source.color());
      this.source = source;
      this.rule = Checks.notBlank(rule, "rule");
    }

    @Override
    public String rule() {
      return rule;
    }

    @Override
    public String reason() {
      return source.reason();
    }

    @Override
    public List<Explanation> evidence() {
      return source.evidence();
    }
  }
}
