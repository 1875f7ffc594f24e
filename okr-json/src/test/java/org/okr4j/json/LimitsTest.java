package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import tools.jackson.databind.json.JsonMapper;

/** Each limit has a default, is configurable, and refuses an input just over it. */
class LimitsTest {
  private static final String KR = "/objectives/0/keyResults/0";

  @Test
  void defaults() {
    ReadLimits d = ReadLimits.defaults();
    assertThat(d.maxDocumentLength()).isEqualTo(64L * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(64);
    assertThat(d.maxNumberLength()).isEqualTo(40);
    assertThat(d.maxStringLength()).isEqualTo(10_000);
    assertThat(d.maxIntegerDigits()).isEqualTo(18);
    assertThat(d.maxDecimalPlaces()).isEqualTo(18);
    assertThat(OkrJson.create().limits()).isEqualTo(d);
    assertThat(new OkrJsonModule().limits()).isEqualTo(d);
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d.toString()).contains("maxNestingDepth=64");
  }

  @Test
  void builderRefusesOutOfRangeLimits() {
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth (1001) must be within 1..1000");
    assertThatThrownBy(() -> ReadLimits.builder().maxIntegerDigits(19))
        .hasMessage("maxIntegerDigits (19) must be within 1..18");
    assertThatThrownBy(() -> ReadLimits.builder().maxDecimalPlaces(-1))
        .hasMessage("maxDecimalPlaces (-1) must be within 0..18");
    assertThatThrownBy(() -> ReadLimits.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static OkrJsonException fails(OkrJson json, String doc) {
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc));
    assertThat(e).as("expected a failure").isNotNull();
    return e;
  }

  private static OkrJsonException failsInMapper(JsonMapper mapper, String doc) {
    OkrJsonException e =
        catchThrowableOfType(OkrJsonException.class, () -> mapper.readValue(doc, Report.class));
    assertThat(e).as("expected a failure").isNotNull();
    return e;
  }

  // ---- document length

  /** The base document padded with spaces to exactly {@code length} characters. */
  private static String padded(int length) {
    String base = ErrorsTest.BASE;
    int i = base.indexOf("\"title\"");
    return base.substring(0, i) + " ".repeat(length - base.length()) + base.substring(i);
  }

  @Test
  void documentLengthConfigured() {
    // Above the canonical length too: a document whose canonical form is longer is refused.
    OkrJson defaults = OkrJson.create();
    int canonical = defaults.writeReport(defaults.readReport(ErrorsTest.BASE)).length();
    int limit = Math.max(ErrorsTest.BASE.length(), canonical) + 100;
    OkrJson json = OkrJson.withLimits(ReadLimits.builder().maxDocumentLength(limit).build());
    assertThat(json.readReport(padded(limit)).title()).isEqualTo("Q3");
    assertThat(json.readReport(new StringReader(padded(limit))).title()).isEqualTo("Q3");
    OkrJsonException e = fails(json, padded(limit + 1));
    assertThat(e.problem())
        .contains("Document length (" + (limit + 1) + ") exceeds the maximum allowed (" + limit);
    byte[] bytes = padded(limit + 1).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> json.readReport(new ByteArrayInputStream(bytes)))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("exceeds the maximum allowed (" + limit);
  }

  @Test
  void documentLengthDefault() {
    int limit = (int) ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH;
    OkrJson json = OkrJson.create();
    assertThat(json.readReport(padded(limit)).title()).isEqualTo("Q3");
    assertThat(fails(json, padded(limit + 1)).problem())
        .contains("exceeds the maximum allowed (" + limit);
  }

  // ---- nesting depth

  /**
   * A report whose deepest container is at {@code depth}: nested child objectives, the innermost
   * with an empty key result list or (for even depths) one empty key result object.
   */
  static String nested(int depth) {
    // root { = 1, objectives [ = 2, objective { = 3, and each children [ { adds 2.
    int levels = (depth - 3) / 2;
    boolean even = (depth - 3) % 2 == 1;
    StringBuilder sb =
        new StringBuilder(
            "{\"format\": \"okr4j/1\", \"title\": \"T\", \"fiscalYearStart\": \"july\","
                + " \"period\": \"FY2020\", \"objectives\": [");
    for (int i = 0; i <= levels; i++) {
      sb.append("{\"id\": \"O").append(i).append("\", \"title\": \"t\"");
      if (i < levels) {
        sb.append(", \"children\": [");
      }
    }
    sb.append(even ? ", \"keyResults\": []" : "");
    for (int i = 0; i <= levels; i++) {
      sb.append(i < levels ? "}]" : "}");
    }
    return sb.append("]}").toString();
  }

  @Test
  void nestingDepthDefault() {
    OkrJson json = OkrJson.create();
    assertThat(json.readReport(nested(63)).allObjectives()).hasSize(31);
    assertThat(json.readReport(nested(64)).allObjectives()).hasSize(31);
    OkrJsonException e = fails(json, nested(65));
    assertThat(e.problem()).contains("nesting depth (65) exceeds the maximum allowed (64");
    assertThat(e.path()).startsWith("/objectives/0/children/0/children/0/");
  }

  @Test
  void nestingDepthConfiguredAndThroughTheModule() {
    ReadLimits limits = ReadLimits.builder().maxNestingDepth(10).build();
    OkrJson json = OkrJson.withLimits(limits);
    assertThat(json.readReport(nested(10)).allObjectives()).hasSize(4);
    assertThat(fails(json, nested(11)).problem())
        .contains("nesting depth (11) exceeds the maximum allowed (10");

    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule(limits)).build();
    assertThat(mapper.readValue(nested(10), Report.class).allObjectives()).hasSize(4);
    OkrJsonException e = failsInMapper(mapper, nested(11));
    assertThat(e.problem())
        .isEqualTo(
            "nesting depth (11) exceeds the maximum allowed (10, ReadLimits.maxNestingDepth)");
  }

  @Test
  void deepestConfigurableNestingReadsWithoutExhaustingTheStack() {
    int max = ReadLimits.MAX_CONFIGURABLE_NESTING_DEPTH;
    OkrJson json = OkrJson.withLimits(ReadLimits.builder().maxNestingDepth(max).build());
    // The deepest JSON stops at okr-core's objective limit, with a clear refusal.
    assertThat(fails(json, nested(max)).problem())
        .isEqualTo("objectives nest more than 100 deep (Objective.MAX_NESTING_DEPTH)");
    int deepest = 2 * (Objective.MAX_NESTING_DEPTH - 1) + 3;
    Report deep = json.readReport(nested(deepest));
    assertThat(deep.allObjectives()).hasSize(Objective.MAX_NESTING_DEPTH);
    assertThat(json.readReport(json.writeReport(deep))).isEqualTo(deep);
    assertThat(fails(json, nested(max + 1)).problem()).contains("nest");
  }

  // ---- number length

  private static String withReach(String number) {
    return ErrorsTest.base("{\"reach\": 18}", "{\"reach\": " + number + "}");
  }

  @Test
  void numberLengthDefault() {
    OkrJson json = OkrJson.create();
    String forty = "-12345678901234567.123456789012345678E+1";
    assertThat(forty).hasSize(40);
    json.readReport(withReach(forty));
    OkrJsonException e = fails(json, withReach(forty + "0"));
    assertThat(e.path()).isEqualTo(KR + "/target/reach");
    assertThat(e.problem())
        .isEqualTo(
            "number is 41 characters long, more than the maximum allowed (40,"
                + " ReadLimits.maxNumberLength)");
  }

  @Test
  void numberLengthConfiguredAndThroughTheModule() {
    ReadLimits limits = ReadLimits.builder().maxNumberLength(5).build();
    OkrJson json = OkrJson.withLimits(limits);
    json.readReport(withReach("18.25"));
    assertThat(fails(json, withReach("18.250")).problem()).contains("maximum allowed (5");
    assertThat(fails(json, withReach("123456")).problem()).contains("maximum allowed (5");

    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule(limits)).build();
    mapper.readValue(withReach("18.25"), Report.class);
    assertThat(failsInMapper(mapper, withReach("18.250")).problem())
        .isEqualTo(
            "number is 6 characters long, more than the maximum allowed (5,"
                + " ReadLimits.maxNumberLength)");
  }

  // ---- string length

  private static String withTitle(int length) {
    return ErrorsTest.base("\"title\": \"Q3\"", "\"title\": \"" + "x".repeat(length) + "\"");
  }

  @Test
  void stringLengthDefault() {
    OkrJson json = OkrJson.create();
    assertThat(json.readReport(withTitle(10_000)).title()).hasSize(10_000);
    OkrJsonException e = fails(json, withTitle(10_001));
    assertThat(e.path()).isEqualTo("/title");
    assertThat(e.problem()).contains("(10001) exceeds the maximum allowed (10000");
  }

  @Test
  void stringLengthConfiguredAndThroughTheModule() {
    ReadLimits limits = ReadLimits.builder().maxStringLength(100).build();
    OkrJson json = OkrJson.withLimits(limits);
    json.readReport(withTitle(100));
    assertThat(fails(json, withTitle(101)).problem()).contains("exceeds the maximum allowed (100");
    String longName = ErrorsTest.base("\"title\": \"Q3\",", "\"" + "n".repeat(101) + "\": 1,");
    assertThat(fails(json, longName).problem()).contains("exceeds the maximum allowed (100");

    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule(limits)).build();
    mapper.readValue(withTitle(100), Report.class);
    assertThat(failsInMapper(mapper, withTitle(101)).problem())
        .isEqualTo(
            "string is 101 characters long, more than the maximum allowed (100,"
                + " ReadLimits.maxStringLength)");
    assertThat(failsInMapper(mapper, longName).problem())
        .startsWith("member name is 101 characters long");
  }

  // ---- decimal magnitude and scale

  @Test
  void decimalDigitsDefault() {
    OkrJson json = OkrJson.create();
    json.readReport(withReach("999999999999999999"));
    json.readReport(withReach("0." + "0".repeat(17) + "1"));
    assertThat(fails(json, withReach("1000000000000000000")).problem())
        .isEqualTo(
            "number 1000000000000000000 is outside the accepted range: at most 18 integer digits"
                + " and 18 decimal places");
    assertThat(fails(json, withReach("0." + "0".repeat(18) + "1")).problem())
        .contains("is outside the accepted range");
    assertThat(fails(json, withReach("1e18")).problem()).contains("is outside the accepted range");
  }

  @Test
  void decimalDigitsConfigured() {
    OkrJson json =
        OkrJson.withLimits(ReadLimits.builder().maxIntegerDigits(6).maxDecimalPlaces(2).build());
    json.readReport(withReach("123456"));
    json.readReport(withReach("1.23"));
    // Decimal places are counted as written: 1.230 states a precision of 0.001.
    assertThat(fails(json, withReach("1.230")).problem()).contains("outside the accepted range");
    assertThat(fails(json, withReach("1234567")).problem())
        .isEqualTo(
            "number 1234567 is outside the accepted range: at most 6 integer digits and 2 decimal"
                + " places");
    assertThat(fails(json, withReach("1.234")).problem()).contains("outside the accepted range");
    assertThat(fails(json, withReach("\"1.5M\"")).problem()).contains("outside the accepted range");
  }
}
