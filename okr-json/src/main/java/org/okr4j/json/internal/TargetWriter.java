package org.okr4j.json.internal;

import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.BinaryTarget;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.QualitativeTarget;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.TargetVisitor;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.UndeterminedTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Unit;
import tools.jackson.core.JsonGenerator;

/**
 * Writes targets of every kind and composite parts in the canonical form.
 *
 * <p>Not thread-safe: writes one report.
 */
final class TargetWriter {
  private final JsonGenerator out;
  private final FigureWriter fig;

  TargetWriter(JsonGenerator out, FigureWriter fig) {
    this.out = out;
    this.fig = fig;
  }

  void target(Target t, Scope scope) {
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
            fig.figure(target.value(), scope.unit(), scope.exactDefault());
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
            fig.decimal(target.amount());
            if (target.statedValue().isPresent()) {
              out.writeName("statedValue");
              fig.statedFigure(
                  target.statedValue().orElseThrow(), scope.unit(), scope.exactDefault());
            }
            return true;
          }

          @Override
          public Boolean visitThreshold(ThresholdTarget target) {
            out.writeName(target.side() == ThresholdTarget.Side.ABOVE ? "above" : "below");
            fig.figure(target.threshold(), scope.unit(), scope.exactDefault());
            out.writeStringProperty("boundary", Vocabulary.text(target.boundary()));
            return true;
          }

          @Override
          public Boolean visitBand(BandTarget target) {
            out.writeName("between");
            out.writeStartArray();
            fig.figure(target.lower(), scope.unit(), scope.exactDefault());
            fig.figure(target.upper(), scope.unit(), scope.exactDefault());
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
            fig.decimal(target.percentComplete());
            return true;
          }

          @Override
          public Boolean visitZoned(ZonedTarget target) {
            out.writeName("zones");
            out.writeStartObject();
            out.writeName("commit");
            fig.figure(target.commit(), scope.unit(), scope.exactDefault());
            out.writeName("target");
            fig.figure(target.target(), scope.unit(), scope.exactDefault());
            out.writeName("stretch");
            fig.figure(target.stretch(), scope.unit(), scope.exactDefault());
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
    fig.optional("printed", t.printed());
    out.writeEndObject();
  }

  void part(CompositeTarget.Part p, Scope scope) {
    Unit unit = TargetReader.partUnit(p);
    Unit implied = p.target().kind() == Target.Kind.MILESTONE ? Unit.percent() : scope.unit();
    out.writeStartObject();
    out.writeStringProperty("name", p.name());
    if (!unit.equals(implied)) {
      out.writeName("unit");
      fig.unit(unit);
    }
    out.writeName("target");
    target(p.target(), new Scope(unit, false, null));
    if (p.baseline().isPresent()) {
      out.writeName("baseline");
      fig.figure(p.baseline().orElseThrow(), unit, false);
    }
    out.writeEndObject();
  }
}
