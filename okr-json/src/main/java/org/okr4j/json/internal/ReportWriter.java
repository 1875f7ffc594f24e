package org.okr4j.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Cadence;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Confidence;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a report in the canonical form of the format (see FORMAT.md): members in a fixed order,
 * optional members and empty lists left out, defaults left out, and each figure in the shortest
 * form that reads back to the same value, unit and precision.
 *
 * <p>Every compact form is checked by reading it back before it is chosen, so {@code
 * read(write(report))} equals {@code report} by construction.
 */
public final class ReportWriter {
  private final JsonGenerator out;
  private final FigureWriter fig;
  private final TargetWriter targets;
  private final DerivationWriter derivations;

  private ReportWriter(JsonGenerator out, FiscalCalendar calendar) {
    this.out = out;
    this.fig = new FigureWriter(out, calendar);
    this.targets = new TargetWriter(out, fig);
    this.derivations = new DerivationWriter(out, fig);
  }

  /**
   * Writes a report as one JSON object.
   *
   * @param out the generator
   * @param report the report
   */
  public static void write(JsonGenerator out, Report report) {
    new ReportWriter(out, report.calendar()).report(report);
  }

  private void report(Report r) {
    out.writeStartObject();
    out.writeStringProperty("format", ReportReader.FORMAT);
    out.writeStringProperty("title", r.title());
    fig.optional("organization", r.organization());
    out.writeStringProperty("fiscalYearStart", Vocabulary.text(r.calendar().firstMonth()));
    out.writeName("period");
    fig.period(r.period());
    if (!r.objectives().isEmpty()) {
      out.writeName("objectives");
      out.writeStartArray();
      for (Objective o : r.objectives()) {
        objective(o);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void objective(Objective o) {
    out.writeStartObject();
    out.writeStringProperty("id", o.id());
    out.writeStringProperty("title", o.title());
    fig.optional("description", o.description());
    fig.weight(o.weight());
    if (o.kind().isPresent()) {
      out.writeStringProperty("kind", Vocabulary.text(o.kind().orElseThrow()));
    }
    o.statedStatus().ifPresent(this::status);
    if (o.targetCompletion().isPresent()) {
      out.writeName("targetCompletion");
      fig.period(o.targetCompletion().orElseThrow());
    }
    if (!o.facts().isEmpty()) {
      out.writeName("facts");
      out.writeStartArray();
      for (Fact f : o.facts()) {
        fact(f);
      }
      out.writeEndArray();
    }
    derivations.derivedFigures(o.derivedFigures());
    if (!o.keyResults().isEmpty()) {
      out.writeName("keyResults");
      out.writeStartArray();
      for (KeyResult k : o.keyResults()) {
        keyResult(k);
      }
      out.writeEndArray();
    }
    if (!o.children().isEmpty()) {
      out.writeName("children");
      out.writeStartArray();
      for (Objective child : o.children()) {
        objective(child);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void status(StatedStatus s) {
    out.writeName("status");
    if (s.reason().isEmpty()) {
      out.writeString(Vocabulary.text(s.color()));
      return;
    }
    out.writeStartObject();
    out.writeStringProperty("color", Vocabulary.text(s.color()));
    out.writeStringProperty("reason", s.reason().orElseThrow());
    out.writeEndObject();
  }

  private void fact(Fact f) {
    out.writeStartObject();
    out.writeStringProperty("statement", f.statement());
    out.writeName("value");
    fig.figure(f.value(), Unit.percent(), false);
    out.writeName("share");
    fig.share(f.share());
    if (f.asOf().isPresent()) {
      out.writeName("asOf");
      fig.asOf(f.asOf().orElseThrow());
    }
    out.writeEndObject();
  }

  private void keyResult(KeyResult k) {
    Optional<Metric> metric = k.metric();
    Unit unit =
        metric.isPresent()
            ? metric.orElseThrow().unit()
            : k.target().kind() == Target.Kind.MILESTONE ? Unit.percent() : null;
    boolean exactDefault = metric.isPresent() && allExact(scopedFigures(k));
    Scope scope = new Scope(unit, exactDefault, null);

    out.writeStartObject();
    out.writeStringProperty("id", k.id());
    out.writeStringProperty("statement", k.statement());
    if (metric.isPresent()) {
      metric(metric.orElseThrow(), exactDefault);
    }
    if (k.baseline().isPresent()) {
      baseline(k.baseline().orElseThrow(), scope);
    }
    out.writeName("target");
    targets.target(k.target(), scope);
    if (k.headline().isPresent()) {
      out.writeName("headline");
      targets.target(k.headline().orElseThrow(), scope);
    }
    if (k.goalPeriod().isPresent()) {
      out.writeName("goalPeriod");
      fig.period(k.goalPeriod().orElseThrow());
    }
    fig.weight(k.weight());
    k.statedStatus().ifPresent(this::status);
    fig.optional("note", k.note());
    if (k.cadence().isPresent()) {
      cadence(k.cadence().orElseThrow());
    }
    if (!k.checkIns().isEmpty()) {
      out.writeName("checkIns");
      out.writeStartArray();
      for (CheckIn c : k.checkIns()) {
        checkIn(c, scope, k.target());
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static List<Quantity> scopedFigures(KeyResult k) {
    List<Quantity> figures = new ArrayList<>();
    k.baseline().ifPresent(b -> figures.add(b.value()));
    figures.addAll(targetFigures(k.target()));
    k.headline().ifPresent(h -> figures.addAll(targetFigures(h)));
    for (CheckIn c : k.checkIns()) {
      c.value().ifPresent(figures::add);
    }
    return figures;
  }

  private static List<Quantity> targetFigures(Target t) {
    if (t instanceof ValueTarget v) {
      return List.of(v.value());
    }
    if (t instanceof ThresholdTarget th) {
      return List.of(th.threshold());
    }
    if (t instanceof BandTarget b) {
      return List.of(b.lower(), b.upper());
    }
    if (t instanceof ZonedTarget z) {
      return List.of(z.commit(), z.target(), z.stretch());
    }
    if (t instanceof ChangeTarget c && c.statedValue().isPresent()) {
      return List.of(c.statedValue().orElseThrow().value());
    }
    return List.of();
  }

  private static boolean allExact(List<Quantity> figures) {
    if (figures.isEmpty()) {
      return false;
    }
    for (Quantity q : figures) {
      if (!q.isExact()) {
        return false;
      }
    }
    return true;
  }

  private void metric(Metric m, boolean exactDefault) {
    out.writeName("metric");
    out.writeStartObject();
    out.writeStringProperty("name", m.name());
    out.writeName("unit");
    fig.unit(m.unit());
    out.writeStringProperty("direction", Vocabulary.text(m.direction()));
    if (m.lowerBound().isPresent()) {
      out.writeName("lowerBound");
      fig.decimal(m.lowerBound().orElseThrow());
    }
    if (m.upperBound().isPresent()) {
      out.writeName("upperBound");
      fig.decimal(m.upperBound().orElseThrow());
    }
    if (exactDefault) {
      out.writeBooleanProperty("exact", true);
    }
    out.writeEndObject();
  }

  private void baseline(Baseline b, Scope scope) {
    out.writeName("baseline");
    out.writeStartObject();
    out.writeName("value");
    fig.figure(b.value(), scope.unit(), scope.exactDefault());
    if (b.asOf().isPresent()) {
      out.writeName("asOf");
      fig.asOf(b.asOf().orElseThrow());
    }
    if (b.share().isPresent()) {
      out.writeName("share");
      fig.share(b.share().orElseThrow());
    }
    if (!b.alsoStatedAs().isEmpty()) {
      out.writeName("alsoStatedAs");
      out.writeStartArray();
      for (StatedFigure s : b.alsoStatedAs()) {
        fig.statedFigure(s, Unit.percent(), false);
      }
      out.writeEndArray();
    }
    fig.optional("printed", b.printed());
    out.writeEndObject();
  }

  private void checkIn(CheckIn c, Scope scope, Target target) {
    out.writeStartObject();
    out.writeName("period");
    fig.period(c.period());
    if (c.madeOn().isPresent()) {
      out.writeStringProperty("madeOn", c.madeOn().orElseThrow().toString());
    }
    if (c.value().isPresent()) {
      out.writeName("value");
      fig.figure(c.value().orElseThrow(), scope.unit(), scope.exactDefault());
    }
    if (c.state().isPresent()) {
      out.writeStringProperty("state", Vocabulary.text(c.state().orElseThrow()));
    }
    if (c.confidence().isPresent()) {
      confidence(c.confidence().orElseThrow());
    }
    if (!c.partValues().isEmpty()) {
      out.writeName("parts");
      out.writeStartObject();
      for (Map.Entry<String, Quantity> e : c.partValues().entrySet()) {
        out.writeName(e.getKey());
        Unit partUnit =
            target instanceof CompositeTarget composite
                ? composite.part(e.getKey()).map(TargetReader::partUnit).orElse(null)
                : null;
        fig.figure(e.getValue(), partUnit, false);
      }
      out.writeEndObject();
    }
    fig.optional("note", c.note());
    fig.optional("printed", c.printed());
    if (c.share().isPresent()) {
      out.writeName("share");
      fig.share(c.share().orElseThrow());
    }
    if (!c.statedChanges().isEmpty()) {
      out.writeName("statedChanges");
      out.writeStartArray();
      for (StatedChange s : c.statedChanges()) {
        statedChange(s);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void cadence(Cadence c) {
    out.writeName("cadence");
    out.writeStartObject();
    out.writeStringProperty("every", Vocabulary.text(c.every()));
    if (c.graceDays() != 0) {
      out.writeNumberProperty("graceDays", c.graceDays());
    }
    out.writeEndObject();
  }

  private void confidence(Confidence c) {
    out.writeName("confidence");
    out.writeStartObject();
    switch (c.scale()) {
      case FRACTION -> {
        out.writeName("fraction");
        fig.decimal(c.number());
      }
      case OUT_OF_TEN -> {
        out.writeName("outOfTen");
        fig.decimal(c.number());
      }
      case THREE_STATES -> out.writeStringProperty("level", Vocabulary.text(c.level()));
    }
    out.writeEndObject();
  }

  private void statedChange(StatedChange s) {
    out.writeStartObject();
    out.writeStringProperty("text", s.figure().text());
    out.writeName("value");
    fig.figure(s.figure().value(), Unit.percent(), false);
    ChangeBasis basis = s.claimedBasis();
    if (basis.measure() != ChangeMeasure.RELATIVE) {
      out.writeStringProperty("measure", Vocabulary.text(basis.measure()));
    }
    if (basis.reference() != ChangeReference.BASELINE) {
      out.writeStringProperty("reference", Vocabulary.text(basis.reference()));
    }
    if (basis.sense() != ChangeSense.CHANGE) {
      out.writeStringProperty("sense", Vocabulary.text(basis.sense()));
    }
    out.writeEndObject();
  }
}
