package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Report;

/** Key results that measure equal metrics share one {@link Metric} instance once read. */
class SharedMetricsTest {
  private static Metric metricOf(Report r, String id) {
    return r.keyResult(id).orElseThrow().metric().orElseThrow();
  }

  @Test
  void equalMetrics_areOneInstance_andOthersStayApart() {
    String base = ErrorsTest.BASE;
    int start = base.lastIndexOf('{', base.indexOf("\"id\": \"KR1\""));
    int end = base.indexOf('}', base.indexOf('\n', base.indexOf("\"checkIns\""))) + 1;
    String kr1 = base.substring(start, end);
    String kr2 = kr1.replace("KR1", "KR2");
    String kr3 = kr1.replace("KR1", "KR3").replace("code review time", "code review latency");
    String doc = base.substring(0, end) + ",\n" + kr2 + ",\n" + kr3 + base.substring(end);
    Report r = OkrJson.create().readReport(doc);
    assertThat(r.allKeyResults()).hasSize(3);
    assertThat(metricOf(r, "KR2")).isSameAs(metricOf(r, "KR1"));
    assertThat(metricOf(r, "KR3")).isNotEqualTo(metricOf(r, "KR1"));
    assertThat(metricOf(r, "KR3").name()).isEqualTo("code review latency");
    assertThat(metricOf(r, "KR3").unit()).isSameAs(metricOf(r, "KR1").unit());
  }
}
