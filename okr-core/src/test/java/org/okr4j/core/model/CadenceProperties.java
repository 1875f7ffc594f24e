package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.okr4j.core.testing.GeneratorCoverage;

/** "Outdated" begins exactly at last check-in + cadence + grace, and never before. */
class CadenceProperties {
  @Property
  void outdated_beginsExactlyAtCadencePlusGrace(
      @ForAll Cadence.Every every,
      @ForAll @IntRange(min = 0, max = 30) int grace,
      @ForAll @IntRange(min = 0, max = 3650) int lastOffset,
      @ForAll @IntRange(min = -10, max = 150) int asOfOffset) {
    LocalDate last = LocalDate.of(2015, 1, 1).plusDays(lastOffset);
    Cadence c = Cadence.of(every, grace);
    // The boundary computed independently: one cycle by java.time, then the grace days.
    LocalDate boundary =
        switch (every) {
          case WEEK -> last.plusWeeks(1).plusDays(grace);
          case MONTH -> last.plus(1, ChronoUnit.MONTHS).plusDays(grace);
          case QUARTER -> last.plus(3, ChronoUnit.MONTHS).plusDays(grace);
        };
    assertThat(c.isOutdated(last, boundary.minusDays(1))).isFalse();
    assertThat(c.isOutdated(last, boundary)).isTrue();
    LocalDate asOf = last.plusDays(asOfOffset);
    assertThat(c.isOutdated(last, asOf)).isEqualTo(!asOf.isBefore(boundary));
    GeneratorCoverage.label("as of").collect(asOf.isBefore(boundary) ? "current" : "outdated");
    GeneratorCoverage.label("as of")
        .coverage(
            k -> {
              k.check("current").percentage(p -> p > 15);
              k.check("outdated").percentage(p -> p > 15);
            });
  }
}
