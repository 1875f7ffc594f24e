package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.forecast.Projection;
import org.okr4j.core.forecast.ProjectionMethod;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Report;
import org.okr4j.core.time.Period;
import org.okr4j.json.OkrJson;

/**
 * Every key result of the Q3 FY20 deck with two or more measured check-ins is projected to the end
 * of FY2019/20 (the fiscal year of the report's period) as of 2020-04-01, by least squares; each
 * projection is defined and its interval holds its value. The list is printed for the record.
 */
class DeckProjectionTest {
  private static final String DECK = "/org/okr4j/examples/wikimedia-technology-q3-fy20.json";
  private static final LocalDate AS_OF = LocalDate.of(2020, 4, 1);

  private static Report deck;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = DeckProjectionTest.class.getResourceAsStream(DECK)) {
      assertThat(in).as("bundled deck").isNotNull();
      deck = OkrJson.create().readReport(in);
    }
  }

  @Test
  void everyKeyResultWithTwoMeasuredCheckIns_isProjected() {
    Period year = deck.calendar().fiscalYear(deck.period().fiscalYear().orElseThrow());
    assertThat(year.label()).isEqualTo("FY2019/20");
    List<String> lines = new ArrayList<>();
    int projected = 0;
    for (KeyResult k : deck.allKeyResults()) {
      long measured = k.checkIns().stream().filter(c -> c.value().isPresent()).count();
      if (measured < 2) {
        continue;
      }
      Outcome<Projection> outcome = Projection.of(k, year, AS_OF, ProjectionMethod.LEAST_SQUARES);
      assertThat(outcome.isDefined()).as("projection of %s", k.id()).isTrue();
      Projection p = outcome.value();
      assertThat(p.interval().contains(p.value())).as("interval of %s", k.id()).isTrue();
      assertThat(p.lower()).isLessThanOrEqualTo(p.upper());
      projected++;
      lines.add(line(k, p));
      for (ProjectionMethod other :
          List.of(ProjectionMethod.LAST_TWO_POINTS, ProjectionMethod.EXPECTED_PACE)) {
        Projection.of(k, year, AS_OF, other)
            .toOptional()
            .ifPresent(
                q -> {
                  assertThat(q.interval().contains(q.value())).isTrue();
                  lines.add(line(k, q));
                });
      }
    }
    // 19 key results of the deck have two or more measured check-ins (counted from the JSON).
    assertThat(projected).isEqualTo(19);
    System.out.println(String.join(System.lineSeparator(), lines));
  }

  private static String line(KeyResult k, Projection p) {
    return String.format(
        Locale.ROOT,
        "%-26s %-16s %12s in [%s, %s] %s",
        k.id(),
        p.method().description(),
        Figures.decimal(p.value(), Rounding.DISPLAY),
        Figures.decimal(p.lower(), Rounding.of(2, java.math.RoundingMode.FLOOR)),
        Figures.decimal(p.upper(), Rounding.of(2, java.math.RoundingMode.CEILING)),
        p.verdict());
  }
}
