package org.okr4j.examples;

import java.math.BigDecimal;
import java.util.Map;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.Interpretation;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.status.Status;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scorecard as JSON for other tools. Exact values are written as JSON numbers when their
 * decimal expansion terminates; otherwise the number carries 20 significant digits and the exact
 * fraction is given beside it as a string ({@code "computedExact": "-850/567"}).
 */
final class JsonRenderer {
  private static final int SIGNIFICANT_DIGITS = 20;
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private JsonRenderer() {}

  static String render(ScorecardData d) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("title", d.title());
    d.organization().ifPresent(o -> root.put("organization", o));
    root.put("period", d.period());
    root.put("goalPeriod", d.goalPeriod());
    root.put("asOf", d.asOf().toString());
    ArrayNode objectives = root.putArray("objectives");
    for (ScorecardData.ObjectiveCard o : d.objectives()) {
      ObjectNode on = objectives.addObject();
      on.put("id", o.id());
      on.put("title", o.title());
      on.put("depth", o.depth());
      o.stated().ifPresent(s -> on.put("statedStatus", s.color().name()));
      statuses(on.putObject("derivedStatus"), o.derived());
      ArrayNode krs = on.putArray("keyResults");
      for (ScorecardData.KeyResultCard k : o.keyResults()) {
        ObjectNode kn = krs.addObject();
        kn.put("id", k.id());
        kn.put("statement", k.statement());
        kn.put("metric", k.metric());
        kn.put("baseline", k.baseline());
        kn.put("target", k.target());
        k.headline().ifPresent(h -> kn.put("headline", h));
        ObjectNode quarters = kn.putObject("quarters");
        for (int i = 0; i < d.quarters().size(); i++) {
          quarters.put(d.quarters().get(i), k.quarterTexts().get(i));
        }
        progress(kn.putObject("progress"), k.progress());
        kn.put("changeMeasure", k.changeBasis());
        change(kn.putObject("changeVsBaseline"), k.changeVsBaseline());
        change(kn.putObject("changeVsPrevious"), k.changeVsPrevious());
        statuses(kn.putObject("derivedStatus"), k.derived());
        k.stated().ifPresent(s -> kn.put("statedStatus", s.color().name()));
      }
    }
    ArrayNode audit = root.putArray("audit");
    for (AuditFinding f : d.audit()) {
      ObjectNode an = audit.addObject();
      an.put("objective", f.objectiveId());
      f.keyResultId().ifPresentOrElse(k -> an.put("keyResult", k), () -> an.putNull("keyResult"));
      an.put("location", f.location());
      an.put("kind", f.kind().name());
      an.put("stated", f.stated().text());
      if (f.computed().isPresent()) {
        Rational c = f.computed().orElseThrow();
        an.put("computed", number(c));
        an.put("computedExact", c.toString());
        an.put("computedIsExact", c.isTerminating());
      } else {
        an.putNull("computed");
      }
      an.put("verdict", f.verdict().name());
      an.put("claimedBasis", f.claimed().basis());
      f.matched().ifPresent(m -> interpretation(an.putObject("matchedInterpretation"), m));
      f.claimedRange().ifPresent(r -> range(an.putObject("claimedRange"), r));
      ArrayNode also = an.putArray("alsoConsistentUnder");
      for (Interpretation i : f.alsoConsistentUnder()) {
        interpretation(also.addObject(), i);
      }
      an.put("explanation", f.explanation().toString());
    }
    ArrayNode colours = root.putArray("colours");
    for (ScorecardData.ColourCheck c : d.colours()) {
      ObjectNode cn = colours.addObject();
      cn.put("objective", c.objectiveId());
      cn.put("title", c.title());
      cn.put("stated", c.stated().name());
      cn.put("derivable", c.derivable());
      if (c.derivable()) {
        statuses(cn.putObject("derived"), c.derived());
      }
    }
    ArrayNode agreement = root.putArray("agreement");
    for (ScorecardData.Agreement a : d.agreements()) {
      ObjectNode n = agreement.addObject();
      n.put("ruleSet", a.ruleSet());
      n.put("agreeing", a.agreeing());
      n.put("derivable", a.derivable());
      n.put("stated", a.stated());
    }
    return MAPPER.writeValueAsString(root);
  }

  private static BigDecimal number(Rational r) {
    return r.isTerminating()
        ? r.toBigDecimalExact()
        : r.toBigDecimalSignificant(SIGNIFICANT_DIGITS);
  }

  private static void interpretation(ObjectNode n, Interpretation i) {
    n.put("basis", i.basis());
    n.put("claimedBasis", i.isClaimedBasis());
    n.put("rounding", i.rounding().name());
    n.put("inputs", i.isWithinInputPrecision() ? "within stated precision" : "as printed");
  }

  private static void range(ObjectNode n, Interval r) {
    n.put("lower", number(r.lower()));
    n.put("upper", number(r.upper()));
  }

  private static void statuses(ObjectNode n, Map<String, Status> statuses) {
    statuses.forEach(
        (rule, s) -> {
          ObjectNode sn = n.putObject(rule);
          sn.put("color", s.color().name());
          sn.put("rule", s.rule());
          sn.put("reason", s.reason());
        });
  }

  private static void progress(ObjectNode n, Outcome<Progress> p) {
    if (p.isDefined()) {
      n.put("raw", number(p.value().raw()));
      n.put("rawExact", p.value().raw().toString());
      n.put("clamped", number(p.value().clamped()));
    } else {
      n.put("undefined", p.undefinedReason().orElseThrow().name());
    }
    n.put("explanation", p.explanation().toString());
  }

  private static void change(ObjectNode n, Outcome<Change> c) {
    if (c.isDefined()) {
      n.put("amount", number(c.value().amount()));
      n.put("amountExact", c.value().amount().toString());
      n.put("measure", c.value().measure().name());
    } else {
      n.put("undefined", c.undefinedReason().orElseThrow().name());
    }
    n.put("explanation", c.explanation().toString());
  }
}
