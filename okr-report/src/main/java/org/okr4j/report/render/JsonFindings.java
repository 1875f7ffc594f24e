package org.okr4j.report.render;

import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.Interpretation;
import org.okr4j.core.quantity.Interval;
import org.okr4j.report.Briefs;
import tools.jackson.core.JsonGenerator;

/** How {@link JsonRenderer} writes an audit finding. */
final class JsonFindings {
  private JsonFindings() {}

  static void write(JsonGenerator g, AuditFinding f) {
    g.writeStartObject();
    g.writeStringProperty("objective", f.objectiveId());
    if (f.keyResultId().isPresent()) {
      g.writeStringProperty("keyResult", f.keyResultId().orElseThrow());
    }
    g.writeStringProperty("location", f.location());
    g.writeStringProperty("kind", f.kind().name());
    g.writeStringProperty("stated", f.stated().text());
    g.writeStringProperty("verdict", f.verdict().name());
    if (f.computed().isPresent()) {
      JsonOutcomes.exact(g, "computed", f.computed().orElseThrow());
    }
    g.writeStringProperty("claimedBasis", f.claimed().basis());
    if (f.matched().isPresent()) {
      g.writeName("matchedInterpretation");
      interpretation(g, f.matched().orElseThrow());
    }
    if (f.claimedRange().isPresent()) {
      g.writeName("claimedRange");
      range(g, f.claimedRange().orElseThrow());
    }
    g.writeObjectPropertyStart("tolerance");
    if (f.tolerance().asPrinted().isPresent()) {
      g.writeName("asPrinted");
      range(g, f.tolerance().asPrinted().orElseThrow());
    }
    if (f.tolerance().withinPrecision().isPresent()) {
      g.writeName("withinPrecision");
      range(g, f.tolerance().withinPrecision().orElseThrow());
    }
    g.writeEndObject();
    g.writeBooleanProperty("reproducesAsPrinted", f.reproducesAsPrinted());
    g.writeArrayPropertyStart("alsoConsistentUnder");
    for (Interpretation i : f.alsoConsistentUnder()) {
      interpretation(g, i);
    }
    g.writeEndArray();
    g.writeStringProperty("brief", Briefs.of(f.explanation()));
    g.writeStringProperty("explanation", f.explanation().toString());
    g.writeEndObject();
  }

  private static void interpretation(JsonGenerator g, Interpretation i) {
    g.writeStartObject();
    g.writeStringProperty("basis", i.basis());
    g.writeBooleanProperty("claimedBasis", i.isClaimedBasis());
    g.writeStringProperty("rounding", i.rounding().name());
    g.writeBooleanProperty("inputsWithinPrecision", i.isWithinInputPrecision());
    g.writeEndObject();
  }

  static void range(JsonGenerator g, Interval r) {
    g.writeStartObject();
    g.writeNumberProperty("lower", JsonOutcomes.number(r.lower()));
    g.writeNumberProperty("upper", JsonOutcomes.number(r.upper()));
    g.writeEndObject();
  }
}
