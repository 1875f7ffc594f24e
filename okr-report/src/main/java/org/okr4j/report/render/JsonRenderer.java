package org.okr4j.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.time.Period;
import org.okr4j.report.Agreement;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.Display;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.Scorecard;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The scorecard as JSON for other programs, in the versioned format {@value #FORMAT} whose JSON
 * Schema (draft 2020-12) ships in this jar ({@link #schema()}).
 *
 * <p>Keys are camelCase nouns. Every computed number is an <em>outcome</em> object: {@code
 * {"defined": true, "value": 0.4148936170212766, "exact": "39/94", "text": "41.49%", "brief": …,
 * "explanation": …}} or {@code {"defined": false, "undefinedReason": "NO_CHECK_IN", "reason": "no
 * check-in", …}}. A value is exact when its decimal expansion terminates; otherwise it carries 20
 * significant digits and {@code exact} holds the fraction.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonRenderer {
  /** The format this renderer writes. */
  public static final String FORMAT = "okr4j-scorecard/1";

  private static final String SCHEMA = "/org/okr4j/report/render/okr4j-scorecard-1.schema.json";
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };
  private static final JsonRenderer INSTANCE = new JsonRenderer();

  private JsonRenderer() {}

  /**
   * The renderer.
   *
   * @return the renderer
   */
  public static JsonRenderer instance() {
    return INSTANCE;
  }

  /**
   * The JSON Schema of {@value #FORMAT}.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in = JsonRenderer.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is missing from the okr-report jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the scorecard.
   *
   * @param scorecard the scorecard
   * @return the JSON text, indented, ending with a line break
   */
  public String render(Scorecard scorecard) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(PRETTY, out)) {
      write(g, scorecard);
    }
    return out + "\n";
  }

  /**
   * Writes only the figure audit: {@code {"format", "title", "audit": […], "verdictCounts": {…}}},
   * each finding as in {@link #render}.
   *
   * @param scorecard the scorecard
   * @return the JSON text, indented, ending with a line break
   */
  public String renderAudit(Scorecard scorecard) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(PRETTY, out)) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeStringProperty("title", scorecard.report().title());
      audit(g, scorecard);
      g.writeEndObject();
    }
    return out + "\n";
  }

  private static void audit(JsonGenerator g, Scorecard s) {
    g.writeArrayPropertyStart("audit");
    for (AuditFinding f : s.audit()) {
      JsonFindings.write(g, f);
    }
    g.writeEndArray();
    g.writeObjectPropertyStart("verdictCounts");
    for (Verdict v : Verdict.values()) {
      g.writeNumberProperty(JsonOutcomes.camel(v.name()), s.count(v));
    }
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, Scorecard s) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeStringProperty("title", s.report().title());
    if (s.report().organization().isPresent()) {
      g.writeStringProperty("organization", s.report().organization().orElseThrow());
    }
    g.writeName("period");
    period(g, s.report().period());
    g.writeStringProperty("asOf", s.asOf().toString());
    g.writeName("defaultGoalPeriod");
    period(g, s.defaultGoalPeriod());
    g.writeName("options");
    g.writeStartObject();
    g.writeStringProperty("changeMeasures", s.options().changeMeasures().name());
    g.writeStringProperty("changeSense", s.options().changeSense().name());
    g.writeNumberProperty("displayDecimals", s.options().display().decimals());
    g.writeStringProperty("displayRounding", s.options().display().mode().name());
    g.writeEndObject();
    g.writeArrayPropertyStart("objectives");
    for (ObjectiveCard o : s.objectives()) {
      objective(g, o);
    }
    g.writeEndArray();
    audit(g, s);
    g.writeArrayPropertyStart("agreements");
    for (Agreement a : s.agreements()) {
      g.writeStartObject();
      g.writeStringProperty("ruleSet", a.ruleSet());
      g.writeStringProperty("policy", a.policy().name());
      g.writeNumberProperty("agreeing", a.agreeing());
      g.writeNumberProperty("derivable", a.derivable());
      g.writeNumberProperty("stated", a.stated());
      g.writeStringProperty("text", a.toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void period(JsonGenerator g, Period p) {
    g.writeStartObject();
    g.writeStringProperty("label", p.label());
    g.writeStringProperty("kind", p.kind().name());
    g.writeStringProperty("start", p.start().toString());
    g.writeStringProperty("endExclusive", p.endExclusive().toString());
    g.writeEndObject();
  }

  private static void objective(JsonGenerator g, ObjectiveCard o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("title", o.title());
    g.writeNumberProperty("depth", o.depth());
    if (o.stated().isPresent()) {
      g.writeName("statedStatus");
      JsonOutcomes.stated(g, o.stated().orElseThrow());
    }
    g.writeBooleanProperty("derivable", o.isDerivable());
    g.writeName("rollup");
    JsonOutcomes.outcome(g, o.rollup(), p -> p.progress(), o.rollupText());
    g.writeArrayPropertyStart("derivedStatus");
    for (DerivedStatus d : o.derived()) {
      JsonOutcomes.derived(g, d, o.agrees(d));
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("keyResults");
    for (KeyResultCard k : o.keyResults()) {
      keyResult(g, k);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void keyResult(JsonGenerator g, KeyResultCard k) {
    g.writeStartObject();
    g.writeStringProperty("id", k.id());
    g.writeStringProperty("statement", k.keyResult().statement());
    if (k.keyResult().metric().isPresent()) {
      var m = k.keyResult().metric().orElseThrow();
      g.writeObjectPropertyStart("metric");
      g.writeStringProperty("name", m.name());
      g.writeStringProperty("unit", m.unit().toString());
      g.writeStringProperty("direction", m.direction().name());
      g.writeEndObject();
    }
    g.writeName("goalPeriod");
    period(g, k.goalPeriod());
    g.writeStringProperty("baseline", k.baselineText());
    g.writeStringProperty("target", k.targetText());
    if (k.keyResult().headline().isPresent()) {
      g.writeStringProperty("headline", Display.target(k.keyResult().headline().orElseThrow()));
    }
    g.writeArrayPropertyStart("checkIns");
    for (CheckIn c : k.checkIns()) {
      g.writeStartObject();
      g.writeName("period");
      period(g, c.period());
      if (c.value().isPresent()) {
        g.writeNumberProperty("value", c.value().orElseThrow().value());
      }
      if (c.state().isPresent()) {
        g.writeStringProperty("state", c.state().orElseThrow().name());
      }
      g.writeStringProperty("text", Display.checkIn(c));
      g.writeBooleanProperty("judged", k.judgedCheckIn().map(c::equals).orElse(false));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("progress");
    JsonOutcomes.progress(g, k);
    g.writeName("changeVsBaseline");
    JsonOutcomes.change(g, k.changeVsBaseline(), k.basisVsBaseline(), k.changeVsBaselineText());
    g.writeName("changeVsPrevious");
    JsonOutcomes.change(g, k.changeVsPrevious(), k.basisVsPrevious(), k.changeVsPreviousText());
    g.writeName("expectedProgress");
    JsonOutcomes.outcome(g, k.expectedProgress(), e -> e, k.expectedProgressText());
    g.writeName("projection");
    JsonOutcomes.projection(g, k);
    g.writeArrayPropertyStart("derivedStatus");
    for (DerivedStatus d : k.derived()) {
      JsonOutcomes.derived(g, d, java.util.Optional.empty());
    }
    g.writeEndArray();
    if (k.stated().isPresent()) {
      g.writeName("statedStatus");
      JsonOutcomes.stated(g, k.stated().orElseThrow());
    }
    g.writeNumberProperty("auditFindings", k.audit().size());
    g.writeEndObject();
  }
}
