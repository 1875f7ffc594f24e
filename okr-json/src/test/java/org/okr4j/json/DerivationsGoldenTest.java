package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.core.audit.FigureKind;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.DerivedFigure;
import org.okr4j.core.model.FigureRef;
import org.okr4j.core.model.Report;

/**
 * The golden document of derived figures: every derivation kind and every kind of reference reads
 * to the expected report and writes back byte for byte; every derived figure in it is consistent.
 */
class DerivationsGoldenTest {
  private final OkrJson json = OkrJson.create();

  @Test
  void readsToTheExpectedReport_andWritesBackByteForByte() {
    String text = GoldenTest.resource("derivations.json");
    Report read = json.readReport(text);
    assertThat(read).isEqualTo(DerivationsReport.build());
    assertThat(json.writeReport(read)).isEqualTo(text);
  }

  @Test
  void holdsEveryDerivationKindAndEveryReference() {
    Report read = json.readReport(GoldenTest.resource("derivations.json"));
    Set<DerivationKind> kinds = EnumSet.noneOf(DerivationKind.class);
    Set<FigureRef.Place> places = EnumSet.noneOf(FigureRef.Place.class);
    for (DerivedFigure d : read.objectives().get(0).derivedFigures()) {
      kinds.add(d.derivation().kind());
      d.derivation().operands().forEach(r -> places.add(r.place()));
    }
    assertThat(kinds).containsExactlyInAnyOrder(DerivationKind.values());
    assertThat(places).containsExactlyInAnyOrder(FigureRef.Place.values());
  }

  @Test
  void everyDerivedFigureOfTheGoldenReportIsConsistent() {
    Report read = json.readReport(GoldenTest.resource("derivations.json"));
    for (AuditFinding f : FigureAudit.audit(read)) {
      if (f.kind() == FigureKind.DERIVED) {
        assertThat(f.verdict()).as(f.toString()).isEqualTo(Verdict.CONSISTENT);
      }
    }
  }

  @Test
  void aReferenceWithoutItsPeriod_isRefusedWithItsLocation() {
    String text =
        GoldenTest.resource("derivations.json")
            .replaceFirst(
                "\"checkIn\": \"traffic\",\\s*\"period\": \"2020-05\"", "\"checkIn\": \"traffic\"");
    assertThatThrownBy(() -> json.readReport(text))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("a check-in reference needs its \"period\"");
  }

  @Test
  void aFigureOffItsStep_isRefusedNamingValueAndStep() {
    String text =
        GoldenTest.resource("every-kind.json").replaceFirst("\"value\": 12.0,", "\"value\": 12.3,");
    assertThatThrownBy(() -> json.readReport(text))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("value (12.3) must be a multiple of its stated step (0.5)");
  }
}
