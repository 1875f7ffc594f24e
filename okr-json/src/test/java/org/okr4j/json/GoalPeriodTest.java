package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Report;
import org.okr4j.core.time.Period;

/** A key result's own goal period: a month, a quarter, a year to date. */
class GoalPeriodTest {
  private final OkrJson json = OkrJson.create();

  private static String withGoal(String goal) {
    return ErrorsTest.base(
        "\"target\": {\"reach\": 18},",
        "\"target\": {\"reach\": 18}, \"goalPeriod\": " + goal + ",");
  }

  @Test
  void month_readsAndWritesBack() {
    Report r = json.readReport(withGoal("\"2020-02\""));
    assertThat(r.keyResult("KR1").orElseThrow().goalPeriod())
        .contains(Period.of(YearMonth.of(2020, 2)));
    String written = json.writeReport(r);
    assertThat(written).contains("\"goalPeriod\": \"2020-02\"");
    assertThat(json.readReport(written)).isEqualTo(r);
  }

  @Test
  void yearToDate_asADateRange() {
    Report r = json.readReport(withGoal("\"2019-07-01..2020-02-16\""));
    Period goal = r.keyResult("KR1").orElseThrow().goalPeriod().orElseThrow();
    assertThat(goal.start()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(goal.endExclusive()).isEqualTo(LocalDate.of(2020, 2, 16));
    assertThat(json.readReport(json.writeReport(r))).isEqualTo(r);
  }

  @Test
  void absentOrNull_meansNone() {
    assertThat(json.readReport(ErrorsTest.BASE).keyResult("KR1").orElseThrow().goalPeriod())
        .isEmpty();
    assertThat(json.readReport(withGoal("null")).keyResult("KR1").orElseThrow().goalPeriod())
        .isEmpty();
  }

  @Test
  void notAPeriod_isRefusedWithItsPath() {
    assertThatThrownBy(() -> json.readReport(withGoal("\"someday\"")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("/objectives/0/keyResults/0/goalPeriod");
  }

  @Test
  void schemaAcceptsIt() {
    assertThat(SchemaTest.validate(withGoal("\"FY2019/20 Q3\""))).isEmpty();
  }
}
