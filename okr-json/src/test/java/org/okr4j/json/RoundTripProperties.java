package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Report;
import tools.jackson.databind.json.JsonMapper;

/** For generated reports, writing and reading back loses nothing, precision included. */
class RoundTripProperties {
  private static final OkrJson JSON = OkrJson.create();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new OkrJsonModule()).build();

  @Provide
  Arbitrary<Report> reports() {
    return ReportGenerator.reports();
  }

  private static void collectCoverage(Report report) {
    for (KeyResult k : report.allKeyResults()) {
      Statistics.label("target kind").collect(k.target().kind());
      Statistics.label("metric unit")
          .collect(k.metric().map(m -> m.unit().kind().toString()).orElse("none"));
      for (CheckIn c : k.checkIns()) {
        Statistics.label("check-in state").collect(c.state().map(Enum::name).orElse("none"));
        c.value()
            .ifPresent(
                v ->
                    Statistics.label("check-in precision")
                        .collect(
                            v.isExact()
                                ? "exact"
                                : v.precision().step().orElseThrow().toPlainString()));
      }
    }
  }

  @Property(tries = 1000)
  void readOfWriteEqualsTheReport(@ForAll("reports") Report report) {
    collectCoverage(report);
    String text = JSON.writeReport(report);
    Report read = JSON.readReport(text);
    assertThat(read).as(text).isEqualTo(report);
  }

  @Property(tries = 500)
  void writingIsStable(@ForAll("reports") Report report) {
    String text = JSON.writeReport(report);
    assertThat(JSON.writeReport(JSON.readReport(text))).isEqualTo(text);
  }

  @Property(tries = 300)
  void throughAJacksonMapperToo(@ForAll("reports") Report report) {
    String text = MAPPER.writeValueAsString(report);
    assertThat(MAPPER.readValue(text, Report.class)).as(text).isEqualTo(report);
    assertThat(JSON.readReport(text)).isEqualTo(report);
  }
}
