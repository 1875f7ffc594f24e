package org.okr4j.report.render;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.forecast.Projection;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.quantity.Rational;
import org.okr4j.report.Briefs;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.KeyResultCard;
import tools.jackson.core.JsonGenerator;

/** How {@link JsonRenderer} writes outcomes, statuses and numbers. */
final class JsonOutcomes {
  private static final int SIGNIFICANT_DIGITS = 20;

  private JsonOutcomes() {}

  /** An exact number: exactly when it terminates, else to 20 significant digits. */
  static BigDecimal number(Rational r) {
    return r.isTerminating()
        ? r.toBigDecimalExact()
        : r.toBigDecimalSignificant(SIGNIFICANT_DIGITS);
  }

  static void exact(JsonGenerator g, String name, Rational r) {
    g.writeNumberProperty(name, number(r));
    g.writeStringProperty(name + "Exact", r.toString());
  }

  /** {@code NOT_AUDITABLE} → {@code "notAuditable"}. */
  static String camel(String constant) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    String lower = constant.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  static <T> void outcome(JsonGenerator g, Outcome<T> o, Function<T, Rational> value, String text) {
    g.writeStartObject();
    head(g, o, text);
    if (o.isDefined()) {
      exact(g, "value", value.apply(o.value()));
    }
    g.writeEndObject();
  }

  private static void head(JsonGenerator g, Outcome<?> o, String text) {
    g.writeBooleanProperty("defined", o.isDefined());
    if (!o.isDefined()) {
      g.writeStringProperty("undefinedReason", o.undefinedReason().orElseThrow().name());
      g.writeStringProperty("reason", o.undefinedReason().orElseThrow().description());
    }
    g.writeStringProperty("text", text);
    g.writeStringProperty("brief", Briefs.of(o.explanation()));
    g.writeStringProperty("explanation", o.explanation().toString());
  }

  static void progress(JsonGenerator g, KeyResultCard k) {
    Outcome<Progress> p = k.progress();
    g.writeStartObject();
    head(g, p, k.progressText());
    if (p.isDefined()) {
      exact(g, "raw", p.value().raw());
      exact(g, "clamped", p.value().clamped());
    }
    g.writeEndObject();
  }

  /**
   * {@code {"method", "defined", "value", "lower", "upper", "verdict", …}}: the projected end value
   * with its exact interval, in the metric's unit.
   */
  static void projection(JsonGenerator g, KeyResultCard k) {
    Outcome<Projection> p = k.projection();
    g.writeStartObject();
    g.writeStringProperty("method", k.options().projection().name());
    head(g, p, k.projectionText());
    if (p.isDefined()) {
      Projection v = p.value();
      exact(g, "value", v.value());
      exact(g, "lower", v.lower());
      exact(g, "upper", v.upper());
      g.writeStringProperty("verdict", v.verdict().name());
      g.writeStringProperty("date", v.date().toString());
    }
    g.writeEndObject();
  }

  static void change(JsonGenerator g, Outcome<Change> c, ChangeBasis basis, String text) {
    g.writeStartObject();
    g.writeStringProperty("measure", basis.measure().name());
    g.writeStringProperty("reference", basis.reference().name());
    g.writeStringProperty("sense", basis.sense().name());
    head(g, c, text);
    if (c.isDefined()) {
      exact(g, "amount", c.value().amount());
    }
    g.writeEndObject();
  }

  static void derived(JsonGenerator g, DerivedStatus d, Optional<Boolean> agrees) {
    g.writeStartObject();
    g.writeStringProperty("ruleSet", d.ruleSet());
    if (d.policy().isPresent()) {
      g.writeStringProperty("policy", d.policy().orElseThrow().name());
    }
    g.writeStringProperty("color", d.color().name());
    g.writeStringProperty("rule", d.status().rule());
    g.writeStringProperty("brief", d.brief());
    g.writeStringProperty("reason", d.status().reason());
    if (agrees.isPresent()) {
      g.writeBooleanProperty("agreesWithStated", agrees.orElseThrow());
    }
    g.writeEndObject();
  }

  static void stated(JsonGenerator g, StatedStatus s) {
    g.writeStartObject();
    g.writeStringProperty("color", s.color().name());
    if (s.reason().isPresent()) {
      g.writeStringProperty("reason", s.reason().orElseThrow());
    }
    g.writeEndObject();
  }
}
