package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.json.GoldenTest.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Cadence;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Confidence;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.ObjectiveKind;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.FiscalCalendar;

/**
 * The members added for forecasts and health: check-in {@code madeOn} and {@code confidence}, key
 * result {@code cadence}, objective {@code kind}. The golden document {@code forecast.json} was
 * written by hand.
 */
class ForecastMembersTest {
  private static final FiscalCalendar JULY = FiscalCalendar.startingIn(Month.JULY);
  private static final Unit TOOLS = Unit.count("AI tools");
  private final OkrJson json = OkrJson.create();

  static Report expected() {
    KeyResult tools =
        KeyResult.builder()
            .id("KR1.1")
            .statement("Deploy 8 new quality control AI tools")
            .metric(Metric.of("AI tools", TOOLS, Direction.HIGHER_IS_BETTER))
            .baseline(Baseline.of(Quantity.of(BigDecimal.ZERO, TOOLS)))
            .target(Target.reach(Quantity.of(BigDecimal.valueOf(8), TOOLS)))
            .cadence(Cadence.quarterly().withGraceDays(14))
            .addCheckIns(
                CheckIn.builder()
                    .period(JULY.quarter(2020, 1))
                    .madeOn(LocalDate.of(2019, 10, 4))
                    .value(Quantity.of(BigDecimal.valueOf(4), TOOLS))
                    .confidence(Confidence.ofFraction(new BigDecimal("0.70")))
                    .build(),
                CheckIn.builder()
                    .period(JULY.quarter(2020, 2))
                    .value(Quantity.of(BigDecimal.valueOf(6), TOOLS))
                    .confidence(Confidence.outOfTen(BigDecimal.valueOf(6)))
                    .build(),
                CheckIn.builder()
                    .period(JULY.quarter(2020, 3))
                    .madeOn(LocalDate.of(2020, 3, 31))
                    .value(Quantity.of(BigDecimal.valueOf(11), TOOLS))
                    .state(CheckInState.ON_TRACK)
                    .confidence(Confidence.of(Confidence.Level.HIGH))
                    .build())
            .build();
    KeyResult coordinators =
        KeyResult.builder()
            .id("KR2.1")
            .statement("Recruit coordinators")
            .target(Target.qualitative("Four coordinators recruited"))
            .cadence(Cadence.weekly())
            .addCheckIns(CheckIn.of(JULY.quarter(2020, 3), CheckInState.IN_PROGRESS))
            .build();
    return Report.builder()
        .title("Forecast members")
        .calendar(JULY)
        .period(JULY.quarter(2020, 3))
        .addObjectives(
            Objective.builder()
                .id("O1")
                .title("Ship the AI tools")
                .kind(ObjectiveKind.COMMITTED)
                .addKeyResults(tools)
                .build(),
            Objective.builder()
                .id("O2")
                .title("Explore")
                .kind(ObjectiveKind.ASPIRATIONAL)
                .addKeyResults(coordinators)
                .build())
        .build();
  }

  @Test
  void goldenReadsToTheExpectedReport_andWritesBackByteForByte() {
    String text = resource("forecast.json");
    Report read = json.readReport(text);
    assertThat(read).isEqualTo(expected());
    assertThat(json.writeReport(read)).isEqualTo(text);
    assertThat(json.writeReport(expected())).isEqualTo(text);
    // The digits of a confidence are kept: 0.70 stays 0.70.
    Confidence first =
        read.keyResult("KR1.1").orElseThrow().checkIns().get(0).confidence().orElseThrow();
    assertThat(first.number()).hasToString("0.70");
  }

  @Test
  void looseVariant_readsToTheSameReport_andWritesCanonically() {
    Report loose = json.readReport(resource("forecast.loose.json"));
    assertThat(loose).isEqualTo(expected());
    assertThat(json.writeReport(loose)).isEqualTo(resource("forecast.json"));
  }

  @Test
  void documentsWithoutTheNewMembers_areUnchanged() {
    String text = resource("every-kind.json");
    assertThat(json.writeReport(json.readReport(text))).isEqualTo(text);
    Report read = json.readReport(text);
    for (KeyResult k : read.allKeyResults()) {
      assertThat(k.cadence()).isEmpty();
      for (CheckIn c : k.checkIns()) {
        assertThat(c.madeOn()).isEmpty();
        assertThat(c.confidence()).isEmpty();
      }
    }
    for (Objective o : read.allObjectives()) {
      assertThat(o.kind()).isEmpty();
    }
  }

  private static String withCheckIn(String checkIn) {
    return "{\"format\": \"okr4j/1\", \"title\": \"t\", \"fiscalYearStart\": \"january\", \"period\": \"2020\", \"objectives\": [{\"id\":"
        + " \"o\", \"title\": \"o\", \"keyResults\": [{\"id\": \"k\", \"statement\": \"k\","
        + " \"target\": {\"qualitative\": \"q\"}, \"checkIns\": ["
        + checkIn
        + "]}]}]}";
  }

  private static String withCadence(String cadence) {
    return "{\"format\": \"okr4j/1\", \"title\": \"t\", \"fiscalYearStart\": \"january\", \"period\": \"2020\", \"objectives\": [{\"id\":"
        + " \"o\", \"title\": \"o\", \"keyResults\": [{\"id\": \"k\", \"statement\": \"k\","
        + " \"target\": {\"qualitative\": \"q\"}, \"cadence\": "
        + cadence
        + "}]}]}";
  }

  @Test
  void badConfidence_isRefusedWithItsPath() {
    assertThatThrownBy(
            () ->
                json.readReport(
                    withCheckIn(
                        "{\"period\": \"2020\", \"state\": \"done\", \"confidence\": {\"fraction\":"
                            + " 1.5}}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("/objectives/0/keyResults/0/checkIns/0/confidence/fraction")
        .hasMessageContaining("confidence (1.5) must be within [0, 1]");
    assertThatThrownBy(
            () ->
                json.readReport(
                    withCheckIn(
                        "{\"period\": \"2020\", \"state\": \"done\", \"confidence\": {\"level\":"
                            + " \"low\", \"outOfTen\": 3}}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("a confidence has one member: fraction, outOfTen or level");
    assertThatThrownBy(
            () ->
                json.readReport(
                    withCheckIn(
                        "{\"period\": \"2020\", \"state\": \"done\", \"confidence\": {\"percent\":"
                            + " 30}}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining(
            "unknown member \"percent\"; expected one of: fraction, outOfTen, level");
    assertThatThrownBy(
            () ->
                json.readReport(
                    withCheckIn("{\"period\": \"2020\", \"state\": \"done\", \"confidence\": {}}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("missing required member");
  }

  @Test
  void badMadeOn_isRefused() {
    assertThatThrownBy(
            () ->
                json.readReport(
                    withCheckIn(
                        "{\"period\": \"2020\", \"state\": \"done\", \"madeOn\": \"2019-12-31\"}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("madeOn (2019-12-31) must not be before the period starts");
    assertThatThrownBy(
            () ->
                json.readReport(
                    withCheckIn(
                        "{\"period\": \"2020\", \"state\": \"done\", \"madeOn\": \"March\"}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("expected a date such as \"2019-07-01\"");
  }

  @Test
  void badCadence_isRefused() {
    assertThatThrownBy(() -> json.readReport(withCadence("{\"every\": \"day\"}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining(
            "expected a cadence, one of \"week\", \"month\", \"quarter\", found \"day\"");
    assertThatThrownBy(() -> json.readReport(withCadence("{\"graceDays\": 3}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("missing required member \"every\"");
    for (String grace : new String[] {"-1", "1.5", "3661"}) {
      assertThatThrownBy(
              () ->
                  json.readReport(
                      withCadence("{\"every\": \"week\", \"graceDays\": " + grace + "}")))
          .isInstanceOf(OkrJsonException.class)
          .hasMessageContaining("grace days must be a whole number from 0 to 3660, found " + grace);
    }
    assertThatThrownBy(() -> json.readReport(withCadence("{\"every\": \"week\", \"days\": 3}")))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("unknown member \"days\"; expected one of: every, graceDays");
    assertThat(
            json.readReport(withCadence("{\"every\": \"month\", \"graceDays\": 3.0}"))
                .keyResult("k")
                .orElseThrow()
                .cadence())
        .contains(Cadence.monthly().withGraceDays(3));
  }

  @Test
  void badKind_isRefused() {
    String doc =
        "{\"format\": \"okr4j/1\", \"title\": \"t\", \"fiscalYearStart\": \"january\", \"period\": \"2020\", \"objectives\": [{\"id\":"
            + " \"o\", \"title\": \"o\", \"kind\": \"stretch\"}]}";
    assertThatThrownBy(() -> json.readReport(doc))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining(
            "expected an objective kind, one of \"committed\", \"aspirational\", found \"stretch\"");
  }
}
