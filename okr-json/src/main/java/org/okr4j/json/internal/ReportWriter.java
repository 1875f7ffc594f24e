package org.okr4j.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.BinaryTarget;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.QualitativeTarget;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.TargetVisitor;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.UndeterminedTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;
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
  private static final int[] SUFFIX_POWERS = {3, 6, 9};
  private static final String[] SUFFIXES = {"k", "M", "B"};

  private final JsonGenerator out;
  private final FiscalCalendar calendar;

  /**
   * The string form of each unit and period written so far, or null when it needs an object: a
   * report repeats a handful of them thousands of times, and each form is checked by reading it
   * back.
   */
  private final Map<Unit, Optional<String>> unitTexts = new HashMap<>();

  private final Map<Period, Optional<String>> periodTexts = new HashMap<>();

  private ReportWriter(JsonGenerator out, FiscalCalendar calendar) {
    this.out = out;
    this.calendar = calendar;
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
    optional("organization", r.organization());
    out.writeStringProperty("fiscalYearStart", Vocabulary.text(r.calendar().firstMonth()));
    out.writeName("period");
    period(r.period());
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
    optional("description", o.description());
    weight(o.weight());
    o.statedStatus().ifPresent(this::status);
    if (o.targetCompletion().isPresent()) {
      out.writeName("targetCompletion");
      period(o.targetCompletion().orElseThrow());
    }
    if (!o.facts().isEmpty()) {
      out.writeName("facts");
      out.writeStartArray();
      for (Fact f : o.facts()) {
        fact(f);
      }
      out.writeEndArray();
    }
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

  private void weight(BigDecimal weight) {
    if (!Vocabulary.sameDecimal(weight, BigDecimal.ONE)) {
      out.writeName("weight");
      decimal(weight);
    }
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
    figure(f.value(), Unit.percent(), false);
    out.writeName("share");
    share(f.share());
    if (f.asOf().isPresent()) {
      out.writeName("asOf");
      asOf(f.asOf().orElseThrow());
    }
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- key results

  /** The unit and exactness figures of a key result take without stating them. */
  private record Scope(@Nullable Unit unit, boolean exactDefault) {}

  private void keyResult(KeyResult k) {
    Optional<Metric> metric = k.metric();
    Unit unit =
        metric.isPresent()
            ? metric.orElseThrow().unit()
            : k.target().kind() == Target.Kind.MILESTONE ? Unit.percent() : null;
    boolean exactDefault = metric.isPresent() && allExact(scopedFigures(k));
    Scope scope = new Scope(unit, exactDefault);

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
    target(k.target(), scope);
    if (k.headline().isPresent()) {
      out.writeName("headline");
      target(k.headline().orElseThrow(), scope);
    }
    weight(k.weight());
    k.statedStatus().ifPresent(this::status);
    optional("note", k.note());
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

  /** The figures a metric's {@code "exact": true} applies to when they are plain numbers. */
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
    unit(m.unit());
    out.writeStringProperty("direction", Vocabulary.text(m.direction()));
    if (m.lowerBound().isPresent()) {
      out.writeName("lowerBound");
      decimal(m.lowerBound().orElseThrow());
    }
    if (m.upperBound().isPresent()) {
      out.writeName("upperBound");
      decimal(m.upperBound().orElseThrow());
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
    figure(b.value(), scope.unit(), scope.exactDefault());
    if (b.asOf().isPresent()) {
      out.writeName("asOf");
      asOf(b.asOf().orElseThrow());
    }
    if (b.share().isPresent()) {
      out.writeName("share");
      share(b.share().orElseThrow());
    }
    if (!b.alsoStatedAs().isEmpty()) {
      out.writeName("alsoStatedAs");
      out.writeStartArray();
      for (StatedFigure s : b.alsoStatedAs()) {
        statedFigure(s, Unit.percent(), false);
      }
      out.writeEndArray();
    }
    optional("printed", b.printed());
    out.writeEndObject();
  }

  private void checkIn(CheckIn c, Scope scope, Target target) {
    out.writeStartObject();
    out.writeName("period");
    period(c.period());
    if (c.value().isPresent()) {
      out.writeName("value");
      figure(c.value().orElseThrow(), scope.unit(), scope.exactDefault());
    }
    if (c.state().isPresent()) {
      out.writeStringProperty("state", Vocabulary.text(c.state().orElseThrow()));
    }
    if (!c.partValues().isEmpty()) {
      out.writeName("parts");
      out.writeStartObject();
      for (Map.Entry<String, Quantity> e : c.partValues().entrySet()) {
        out.writeName(e.getKey());
        Unit partUnit =
            target instanceof CompositeTarget composite
                ? composite.part(e.getKey()).map(ReportReader::partUnit).orElse(null)
                : null;
        figure(e.getValue(), partUnit, false);
      }
      out.writeEndObject();
    }
    optional("note", c.note());
    optional("printed", c.printed());
    if (c.share().isPresent()) {
      out.writeName("share");
      share(c.share().orElseThrow());
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

  private void statedChange(StatedChange s) {
    out.writeStartObject();
    out.writeStringProperty("text", s.figure().text());
    out.writeName("value");
    figure(s.figure().value(), Unit.percent(), false);
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

  private void statedFigure(StatedFigure s, @Nullable Unit unit, boolean exactDefault) {
    out.writeStartObject();
    out.writeStringProperty("text", s.text());
    out.writeName("value");
    figure(s.value(), unit, exactDefault);
    out.writeEndObject();
  }

  private void share(Share s) {
    Unit unit = s.part().unit();
    out.writeStartObject();
    out.writeName("part");
    figure(s.part(), unit, false);
    out.writeName("whole");
    figure(s.whole(), unit, false);
    if (!unit.equals(Unit.count())) {
      out.writeName("unit");
      unit(unit);
    }
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- targets

  private void target(Target t, Scope scope) {
    boolean shorthand = t.printed().isEmpty();
    if (shorthand && t instanceof BinaryTarget) {
      out.writeString("done");
      return;
    }
    if (shorthand && t instanceof UndeterminedTarget) {
      out.writeString("tbd");
      return;
    }
    out.writeStartObject();
    t.accept(
        new TargetVisitor<Boolean>() {
          @Override
          public Boolean visitValue(ValueTarget target) {
            out.writeName("reach");
            figure(target.value(), scope.unit(), scope.exactDefault());
            return true;
          }

          @Override
          public Boolean visitChange(ChangeTarget target) {
            out.writeName(
                switch (target.measure()) {
                  case RELATIVE -> "relativeChange";
                  case PERCENTAGE_POINTS -> "percentagePoints";
                  case SCALE_POINTS -> "scalePoints";
                });
            decimal(target.amount());
            if (target.statedValue().isPresent()) {
              out.writeName("statedValue");
              statedFigure(target.statedValue().orElseThrow(), scope.unit(), scope.exactDefault());
            }
            return true;
          }

          @Override
          public Boolean visitThreshold(ThresholdTarget target) {
            out.writeName(target.side() == ThresholdTarget.Side.ABOVE ? "above" : "below");
            figure(target.threshold(), scope.unit(), scope.exactDefault());
            out.writeStringProperty("boundary", Vocabulary.text(target.boundary()));
            return true;
          }

          @Override
          public Boolean visitBand(BandTarget target) {
            out.writeName("between");
            out.writeStartArray();
            figure(target.lower(), scope.unit(), scope.exactDefault());
            figure(target.upper(), scope.unit(), scope.exactDefault());
            out.writeEndArray();
            if (target.lowerBoundary() != Boundary.INCLUSIVE) {
              out.writeStringProperty("lowerBoundary", Vocabulary.text(target.lowerBoundary()));
            }
            if (target.upperBoundary() != Boundary.INCLUSIVE) {
              out.writeStringProperty("upperBoundary", Vocabulary.text(target.upperBoundary()));
            }
            return true;
          }

          @Override
          public Boolean visitBinary(BinaryTarget target) {
            out.writeBooleanProperty("done", true);
            return true;
          }

          @Override
          public Boolean visitMilestone(MilestoneTarget target) {
            out.writeName("percentComplete");
            decimal(target.percentComplete());
            return true;
          }

          @Override
          public Boolean visitZoned(ZonedTarget target) {
            out.writeName("zones");
            out.writeStartObject();
            out.writeName("commit");
            figure(target.commit(), scope.unit(), scope.exactDefault());
            out.writeName("target");
            figure(target.target(), scope.unit(), scope.exactDefault());
            out.writeName("stretch");
            figure(target.stretch(), scope.unit(), scope.exactDefault());
            out.writeEndObject();
            return true;
          }

          @Override
          public Boolean visitComposite(CompositeTarget target) {
            out.writeName("allOf");
            out.writeStartArray();
            for (CompositeTarget.Part p : target.parts()) {
              part(p, scope);
            }
            out.writeEndArray();
            if (target.combination() != CompositeTarget.Combination.WEAKEST) {
              out.writeStringProperty("combination", Vocabulary.text(target.combination()));
            }
            return true;
          }

          @Override
          public Boolean visitUndetermined(UndeterminedTarget target) {
            out.writeBooleanProperty("tbd", true);
            return true;
          }

          @Override
          public Boolean visitQualitative(QualitativeTarget target) {
            out.writeStringProperty("qualitative", target.description());
            return true;
          }
        });
    optional("printed", t.printed());
    out.writeEndObject();
  }

  private void part(CompositeTarget.Part p, Scope scope) {
    Unit unit = ReportReader.partUnit(p);
    Unit implied = p.target().kind() == Target.Kind.MILESTONE ? Unit.percent() : scope.unit();
    out.writeStartObject();
    out.writeStringProperty("name", p.name());
    if (!unit.equals(implied)) {
      out.writeName("unit");
      unit(unit);
    }
    out.writeName("target");
    target(p.target(), new Scope(unit, false));
    if (p.baseline().isPresent()) {
      out.writeName("baseline");
      figure(p.baseline().orElseThrow(), unit, false);
    }
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- figures, units, periods

  /**
   * Writes a figure in the shortest form that reads back to it where {@code context} is the unit
   * and {@code exactDefault} the exactness a plain number takes.
   */
  private void figure(Quantity q, @Nullable Unit context, boolean exactDefault) {
    if (q.unit().equals(context)) {
      String number = plainNumber(q, exactDefault);
      if (number != null) {
        out.writeNumber(number);
        return;
      }
      String suffixed = suffixString(q);
      if (suffixed != null) {
        out.writeString(suffixed);
        return;
      }
    }
    out.writeStartObject();
    out.writeName("value");
    out.writeNumber(q.value().toPlainString());
    Precision implied = exactDefault ? Precision.exact() : Precision.ofDigits(q.value());
    if (!q.precision().equals(implied)) {
      if (q.isExact()) {
        out.writeBooleanProperty("exact", true);
      } else {
        out.writeName("precision");
        out.writeNumber(q.precision().step().orElseThrow().toPlainString());
      }
    }
    if (!q.unit().equals(context)) {
      out.writeName("unit");
      unit(q.unit());
    }
    out.writeEndObject();
  }

  /** The value as a plain JSON number, when that alone reads back to {@code q}. */
  private static @Nullable String plainNumber(Quantity q, boolean exactDefault) {
    String text = q.value().toPlainString();
    BigDecimal read = new BigDecimal(text);
    Precision precision = exactDefault ? Precision.exact() : Precision.ofDigits(read);
    return Quantity.of(read, q.unit(), precision).equals(q) ? text : null;
  }

  /**
   * The value with a magnitude suffix ({@code "238.9M"}), when the precision is a power of ten of
   * at least 1,000 and the value is a whole multiple of it.
   */
  private static @Nullable String suffixString(Quantity q) {
    Optional<BigDecimal> step = q.precision().step();
    if (step.isEmpty()) {
      return null;
    }
    BigDecimal s = step.orElseThrow();
    if (!s.unscaledValue().equals(BigInteger.ONE) || -s.scale() < 3) {
      return null;
    }
    int k = -s.scale();
    BigDecimal value = q.value();
    int chosen = -1;
    for (int i = 0; i < SUFFIX_POWERS.length; i++) {
      int power = SUFFIX_POWERS[i];
      if (power >= k
          && (chosen < 0 || value.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(power)) >= 0)) {
        chosen = i;
      }
    }
    if (chosen < 0) {
      return null;
    }
    int power = SUFFIX_POWERS[chosen];
    BigDecimal digits;
    try {
      digits = value.movePointLeft(power).setScale(power - k);
    } catch (ArithmeticException notAMultiple) {
      return null;
    }
    String text = digits.toPlainString() + SUFFIXES[chosen];
    try {
      return Quantity.parse(text, q.unit()).equals(q) ? text : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void decimal(BigDecimal value) {
    out.writeNumber(Vocabulary.decimalText(value));
  }

  private void unit(Unit unit) {
    Optional<String> text =
        unitTexts.computeIfAbsent(unit, u -> Optional.ofNullable(Vocabulary.unitText(u)));
    if (text.isPresent()) {
      out.writeString(text.orElseThrow());
      return;
    }
    out.writeStartObject();
    out.writeStringProperty("symbol", unit.symbol());
    out.writeEndObject();
  }

  private void period(Period p) {
    Optional<String> text =
        periodTexts.computeIfAbsent(
            p, period -> Optional.ofNullable(Vocabulary.periodText(period, calendar)));
    if (text.isPresent()) {
      out.writeString(text.orElseThrow());
      return;
    }
    out.writeStartObject();
    Optional<FiscalCalendar> fiscal = p.fiscalCalendar();
    if (fiscal.isPresent()) {
      out.writeStringProperty("fiscal", p.label());
      out.writeStringProperty(
          "fiscalYearStart", Vocabulary.text(fiscal.orElseThrow().firstMonth()));
    } else {
      out.writeStringProperty("start", p.start().toString());
      out.writeStringProperty("endExclusive", p.endExclusive().toString());
      if (!p.label().equals(p.start() + ".." + p.endExclusive())) {
        out.writeStringProperty("label", p.label());
      }
    }
    out.writeEndObject();
  }

  private void asOf(AsOf a) {
    if (a.period().isPresent()) {
      period(a.period().orElseThrow());
    } else if (a.date().isPresent()) {
      out.writeString(a.date().orElseThrow().toString());
    } else {
      out.writeStartObject();
      out.writeStringProperty("label", a.label());
      out.writeEndObject();
    }
  }

  private void optional(String name, Optional<String> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name, value.orElseThrow());
    }
  }
}
