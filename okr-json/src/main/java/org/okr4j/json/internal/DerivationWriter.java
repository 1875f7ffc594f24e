package org.okr4j.json.internal;

import java.util.List;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.Derivation;
import org.okr4j.core.model.DerivedFigure;
import org.okr4j.core.model.FigureRef;
import tools.jackson.core.JsonGenerator;

/** Writes an objective's derived figures in the canonical form of the format. */
final class DerivationWriter {
  private final JsonGenerator out;
  private final FigureWriter fig;

  DerivationWriter(JsonGenerator out, FigureWriter fig) {
    this.out = out;
    this.fig = fig;
  }

  void derivedFigures(List<DerivedFigure> figures) {
    if (figures.isEmpty()) {
      return;
    }
    out.writeName("derivedFigures");
    out.writeStartArray();
    for (DerivedFigure d : figures) {
      out.writeStartObject();
      out.writeStringProperty("id", d.id());
      fig.optional("keyResult", d.keyResultId());
      if (d.period().isPresent()) {
        out.writeName("period");
        fig.period(d.period().orElseThrow());
      }
      out.writeName("stated");
      fig.statedFigure(d.stated(), null, false);
      out.writeName("derivation");
      derivation(d.derivation());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void derivation(Derivation d) {
    out.writeStartObject();
    out.writeStringProperty("kind", Vocabulary.text(d.kind()));
    out.writeName("of");
    out.writeStartArray();
    for (FigureRef ref : d.operands()) {
      ref(ref);
    }
    out.writeEndArray();
    if (d.sense() != ChangeSense.CHANGE) {
      out.writeStringProperty("sense", Vocabulary.text(d.sense()));
    }
    if (d.measure().isPresent()) {
      out.writeStringProperty("measure", Vocabulary.text(d.measure().orElseThrow()));
      out.writeName("amount");
      out.writeNumber(d.amount().orElseThrow().toPlainString());
    }
    out.writeEndObject();
  }

  private void ref(FigureRef ref) {
    out.writeStartObject();
    switch (ref.place()) {
      case BASELINE -> out.writeStringProperty("baseline", ref.id());
      case TARGET -> out.writeStringProperty("target", ref.id());
      case CHECK_IN -> {
        out.writeStringProperty("checkIn", ref.id());
        out.writeName("period");
        fig.period(ref.period().orElseThrow());
      }
      case FACT -> {
        out.writeStringProperty("fact", ref.id());
        if (ref.index() != 0) {
          out.writeNumberProperty("index", ref.index());
        }
      }
      case DERIVED -> out.writeStringProperty("derived", ref.id());
    }
    out.writeEndObject();
  }
}
