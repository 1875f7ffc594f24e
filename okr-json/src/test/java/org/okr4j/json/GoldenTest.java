package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;

/**
 * The hand-written golden documents: each reads to the expected values and writes back byte for
 * byte (the canonical form), and the loosely written variant reads to the same values and writes to
 * the canonical form.
 */
class GoldenTest {
  private final OkrJson json = OkrJson.create();

  static String resource(String name) {
    try (InputStream in = GoldenTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyKindReadsToTheExpectedReport() {
    Report read = json.readReport(resource("every-kind.json"));
    assertThat(read).isEqualTo(EveryKindReport.build());
  }

  @Test
  void everyKindWritesBackByteForByte() {
    String text = resource("every-kind.json");
    assertThat(json.writeReport(json.readReport(text))).isEqualTo(text);
    assertThat(json.writeReport(EveryKindReport.build())).isEqualTo(text);
  }

  @Test
  void everyKindCoversEveryTargetKindAndCheckInState() {
    Report report = json.readReport(resource("every-kind.json"));
    Set<Target.Kind> kinds = EnumSet.noneOf(Target.Kind.class);
    Set<CheckInState> states = EnumSet.noneOf(CheckInState.class);
    for (KeyResult k : report.allKeyResults()) {
      kinds.add(k.target().kind());
      for (CheckIn c : k.checkIns()) {
        c.state().ifPresent(states::add);
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(Target.Kind.values());
    assertThat(states).containsExactlyInAnyOrder(CheckInState.values());
  }

  @Test
  void figuresKeepTheirStatedPrecision() {
    Report report = json.readReport(resource("every-kind.json"));
    Quantity percent =
        report.keyResult("KR2.1").orElseThrow().checkIns().get(0).value().orElseThrow();
    assertThat(percent.value()).hasToString("26.90");
    assertThat(percent.precision()).isEqualTo(Precision.decimals(2));

    Quantity pages =
        report
            .keyResult("KR2.1")
            .orElseThrow()
            .baseline()
            .orElseThrow()
            .share()
            .orElseThrow()
            .part();
    assertThat(pages.value()).hasToString("238900000");
    assertThat(pages.precision()).isEqualTo(Precision.toNearest(new java.math.BigDecimal("1E+5")));

    Quantity reviews = report.keyResult("KR1.2").orElseThrow().baseline().orElseThrow().value();
    assertThat(reviews.isExact()).isTrue();
    assertThat(reviews.value()).hasToString("1134");
  }

  @Test
  void looselyWrittenDocumentReadsToTheSameReportAndWritesCanonically() {
    Report loose = json.readReport(resource("every-kind.loose.json"));
    assertThat(loose).isEqualTo(EveryKindReport.build());
    assertThat(json.writeReport(loose)).isEqualTo(resource("every-kind.json"));
  }
}
