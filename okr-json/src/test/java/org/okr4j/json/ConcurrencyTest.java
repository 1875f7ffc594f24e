package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Report;
import tools.jackson.databind.json.JsonMapper;

/** One shared reader/writer used from several threads gives the same results as from one. */
class ConcurrencyTest {
  @Test
  void sharedInstancesGiveTheSameResultsFromManyThreads() throws Exception {
    OkrJson json = OkrJson.create();
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    Arbitrary<Report> arbitrary = ReportGenerator.reports();
    List<Report> reports = new ArrayList<>();
    arbitrary.sampleStream().limit(40).forEach(reports::add);
    reports.add(EveryKindReport.build());
    List<String> expected = new ArrayList<>();
    for (Report r : reports) {
      expected.add(json.writeReport(r));
    }
    String broken = ErrorsTest.base("\"at-risk\"", "\"finished\"");
    String expectedError = catchMessage(() -> json.readReport(broken));

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        Callable<Boolean> task =
            () -> {
              for (int round = 0; round < 5; round++) {
                for (int i = 0; i < reports.size(); i++) {
                  int k = (i + offset) % reports.size();
                  String text = json.writeReport(reports.get(k));
                  assertThat(text).isEqualTo(expected.get(k));
                  assertThat(json.readReport(text)).isEqualTo(reports.get(k));
                  assertThat(mapper.readValue(text, Report.class)).isEqualTo(reports.get(k));
                  assertThat(catchMessage(() -> json.readReport(broken))).isEqualTo(expectedError);
                }
              }
              return true;
            };
        results.add(pool.submit(task));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
      return "no error";
    } catch (OkrJsonException e) {
      return String.valueOf(e.getMessage());
    }
  }
}
