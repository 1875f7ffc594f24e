package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Every kind of error names the JSON path, line and column of the offending value and says what was
 * expected.
 */
class ErrorsTest {
  private final OkrJson json = OkrJson.create();

  /** A small valid report; tests replace one piece of it. */
  static final String BASE =
      """
      {
        "format": "okr4j/1",
        "title": "Q3",
        "fiscalYearStart": "july",
        "period": "FY2019/20 Q3",
        "objectives": [
          {
            "id": "O1",
            "title": "Developer productivity",
            "keyResults": [
              {
                "id": "KR1",
                "statement": "Code review time to 18 days",
                "metric": {"name": "code review time", "unit": "days", "direction": "lower"},
                "baseline": {"value": 19, "asOf": "2019-06"},
                "target": {"reach": 18},
                "checkIns": [{"period": "FY2019/20 Q3", "value": 21, "state": "at-risk"}]
              }
            ]
          }
        ]
      }
      """;

  private static final String KR = "/objectives/0/keyResults/0";

  /** Replaces exactly one occurrence of {@code from} in the base document. */
  static String base(String from, String to) {
    assertThat(BASE.indexOf(from)).as("marker %s", from).isNotNegative();
    assertThat(BASE.indexOf(from, BASE.indexOf(from) + 1))
        .as("marker %s unique", from)
        .isNegative();
    return BASE.replace(from, to);
  }

  /** Reads {@code doc}, expecting an error at {@code path} located at the first {@code marker}. */
  private OkrJsonException assertError(String doc, String path, String marker, String problem) {
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc));
    assertThat(e).as("no OkrJsonException for\n%s", doc).isNotNull();
    int offset = doc.indexOf(marker);
    assertThat(offset).as("marker %s", marker).isNotNegative();
    int line = 1 + (int) doc.substring(0, offset).chars().filter(c -> c == '\n').count();
    int column = offset - doc.lastIndexOf('\n', offset - 1);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(column);
    assertThat(e.problem()).contains(problem);
    assertThat(e.getMessage())
        .isEqualTo(
            (path.isEmpty() ? "document" : path)
                + " (line "
                + line
                + ", column "
                + column
                + "): "
                + e.problem());
    return e;
  }

  @Test
  void baseIsValid() {
    assertThat(json.readReport(BASE).allKeyResults()).hasSize(1);
  }

  @Test
  void unknownMemberIsNamedWithTheAllowedOnes() {
    assertError(
        base("\"title\": \"Q3\",", "\"title\": \"Q3\", \"colour\": \"red\","),
        "/colour",
        "\"red\"",
        "unknown member \"colour\"; expected one of: format, title, organization, fiscalYearStart,"
            + " period, objectives");
    assertError(
        base("\"target\": {\"reach\": 18}", "\"targte\": {\"reach\": 18}"),
        KR + "/targte",
        "{\"reach\"",
        "unknown member \"targte\"");
  }

  @Test
  void wrongTypeSaysWhatWasExpectedAndFound() {
    OkrJsonException e =
        assertError(
            base("{\"reach\": 18}", "{\"reach\": true}"),
            KR + "/target/reach",
            "true}",
            "expected a number, a figure string such as \"238.9M\" or a figure object such as"
                + " {\"value\": 1134, \"exact\": true}, found true");
    assertThat(e.getMessage()).startsWith(KR + "/target/reach (line 16, column ");
    assertError(
        base("\"title\": \"Q3\"", "\"title\": 3"),
        "/title",
        "3,",
        "expected a string, found the number 3");
    assertError(
        base("\"keyResults\": [", "\"keyResults\": {\"a\": 1}, \"x\": ["),
        "/objectives/0/keyResults",
        "{\"a\"",
        "expected an array of key results, found an object");
  }

  @Test
  void missingRequiredMemberPointsAtItsObject() {
    assertError(
        base("\"statement\": \"Code review time to 18 days\",", ""),
        KR,
        "{\n          \"id\": \"KR1\"",
        "missing required member \"statement\"");
    assertError(base("\"title\": \"Q3\",", ""), "", "{", "missing required member \"title\"");
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    assertError(
        base("\"direction\": \"lower\"", "\"direction\": \"down\""),
        KR + "/metric/direction",
        "\"down\"",
        "expected a direction, one of \"higher\", \"lower\", found \"down\"");
    assertError(
        base("\"state\": \"at-risk\"", "\"state\": \"finished\""),
        KR + "/checkIns/0/state",
        "\"finished\"",
        "expected a check-in state, one of \"not-started\", \"in-progress\", \"on-track\","
            + " \"at-risk\", \"delayed\", \"done\", \"blocked\", \"postponed\", \"dropped\","
            + " \"setting-baseline\", \"to-be-determined\", \"no-change\", \"monitoring\","
            + " \"not-applicable\", found \"finished\"");
  }

  @Test
  void unsupportedFormatVersion() {
    assertError(
        base("\"okr4j/1\"", "\"okr4j/2\""),
        "/format",
        "\"okr4j/2\"",
        "unsupported format version \"okr4j/2\"; this reader reads \"okr4j/1\"");
    assertError(
        base("\"okr4j/1\"", "\"okr/1\""),
        "/format",
        "\"okr/1\"",
        "expected the format version \"okr4j/1\", found \"okr/1\"");
  }

  @Test
  void formatAndCalendarMustComeFirst() {
    String doc =
        """
        {"title": "Q3", "format": "okr4j/1", "period": "FY2019/20 Q3", "fiscalYearStart": "july"}
        """;
    assertError(
        doc,
        "/period",
        "\"FY2019/20",
        "\"fiscalYearStart\" must come before \"period\" in the report");
    assertError(
        "{\"title\": \"Q3\", \"objectives\": []}",
        "/objectives",
        "[",
        "\"format\": \"okr4j/1\" must come before \"objectives\"");
  }

  @Test
  void valuesOkrCoreRefusesCarryItsMessageAndThePath() {
    assertError(
        base("{\"reach\": 18}", "{\"zones\": {\"commit\": 18, \"target\": 17, \"stretch\": 19}}"),
        KR + "/target",
        "{\"zones\"",
        "zones must be strictly monotone");
    assertError(
        base("{\"reach\": 18}", "{\"percentComplete\": 120}"),
        KR + "/target",
        "{\"percentComplete\"",
        "milestone percent complete (120) must be <= 100");
    assertError(
        base("\"id\": \"KR1\"", "\"id\": \"KR 1\""),
        KR + "/id",
        "\"KR 1\"",
        "key result id (\"KR 1\") must be 1 to 100 letters");
    assertError(
        base("\"period\": \"FY2019/20 Q3\", \"value\"", "\"period\": \"FY2019/21 Q3\", \"value\""),
        KR + "/checkIns/0/period",
        "\"FY2019/21",
        "does not match this calendar, which calls that year \"FY2019/20\"");
    assertError(
        base("\"period\": \"FY2019/20 Q3\",\n", "\"period\": \"Q3 2020\",\n"),
        "/period",
        "\"Q3 2020\"",
        "expected a period such as \"FY2019/20 Q3\"");
  }

  @Test
  void unitMismatchPointsAtTheFigure() {
    assertError(
        base(
            "{\"value\": 19, \"asOf\"",
            "{\"value\": {\"value\": 19, \"unit\": \"percent\"}, \"asOf\""),
        KR + "/baseline/value",
        "{\"value\": 19",
        "Units differ: the figure is in percent but the key result's metric is in days");
  }

  @Test
  void figureWithoutAUnitWhenThereIsNoMetric() {
    assertError(
        base(
                "\"metric\": {\"name\": \"code review time\", \"unit\": \"days\", \"direction\":"
                    + " \"lower\"},",
                "")
            .replace("{\"reach\": 18}", "\"done\""),
        KR + "/baseline/value",
        "19,",
        "this figure needs a unit: there is no metric to take it from");
  }

  @Test
  void decimalsOutsideTheLimitsNeverReachArithmetic() {
    assertError(
        base("{\"reach\": 18}", "{\"reach\": 1e999999999}"),
        KR + "/target/reach",
        "1e999999999",
        "number 1E+999999999 is outside the accepted range: at most 18 integer digits and 18"
            + " decimal places");
    assertError(
        base("{\"reach\": 18}", "{\"reach\": 1e-999999999}"),
        KR + "/target/reach",
        "1e-999999999",
        "is outside the accepted range");
    assertError(
        base("{\"reach\": 18}", "{\"reach\": \"9999999999999999999M\"}"),
        KR + "/target/reach",
        "\"9999",
        "is outside the accepted range");
  }

  @Test
  void malformedJson() {
    assertError(
        base("\"title\": \"Q3\",", "\"title\": \"Q3\""),
        "/title",
        "\"fiscalYearStart\"",
        "malformed or oversized JSON: Unexpected character ('\"' (code 34)): was expecting comma");
    assertError("", "", "", "expected a report object, found the end of the input");
    assertError("[1]", "", "[", "expected a report object, found an array");
  }

  @Test
  void repeatedMembersAndIds() {
    assertError(
        base("\"title\": \"Q3\",", "\"title\": \"Q3\", \"title\": \"Q4\","),
        "/title",
        "\"title\": \"Q4\"",
        "member \"title\" appears twice");
    assertError(
        base("\"id\": \"KR1\"", "\"id\": \"O1\""),
        KR + "/id",
        "\"O1\",\n          \"statement\"",
        "id \"O1\" is already used at /objectives/0/id; ids are unique across the report");
    assertError(
        base(
            "[{\"period\": \"FY2019/20 Q3\", \"value\": 21, \"state\": \"at-risk\"}]",
            "[{\"period\": \"FY2019/20 Q3\", \"value\": 21}, {\"period\": \"FY2020 Q3\", \"value\":"
                + " 20}]"),
        KR + "/checkIns/1/period",
        "{\"period\": \"FY2020 Q3\"",
        "a second check-in for FY2019/20 Q3; the first is at " + KR + "/checkIns/0");
  }

  @Test
  void repeatedMember_inAnObjectOfManyMembers() {
    // Past a dozen members, names are compared in a set instead of an array.
    StringBuilder parts = new StringBuilder();
    for (char c = 'a'; c <= 'p'; c++) {
      parts.append('"').append(c).append("\": 1, ");
    }
    assertError(
        base(
            "[{\"period\": \"FY2019/20 Q3\", \"value\": 21, \"state\": \"at-risk\"}]",
            "[{\"period\": \"FY2019/20 Q3\", \"parts\": {" + parts + "\"b\": 2}}]"),
        KR + "/checkIns/0/parts/b",
        "\"b\": 2}",
        "member \"b\" appears twice");
    assertError(
        base(
            "[{\"period\": \"FY2019/20 Q3\", \"value\": 21, \"state\": \"at-risk\"}]",
            "[{\"period\": \"FY2019/20 Q3\", \"parts\": {\"a\": 1, \"b\": 1, \"a\": 2}}]"),
        KR + "/checkIns/0/parts/a",
        "\"a\": 2}",
        "member \"a\" appears twice");
  }

  @Test
  void targetShapes() {
    assertError(
        base("{\"reach\": 18}", "{\"reach\": 18, \"above\": 18, \"boundary\": \"inclusive\"}"),
        KR + "/target/above",
        "18, \"boundary\"",
        "a target has exactly one kind");
    assertError(
        base("{\"reach\": 18}", "{\"reach\": 18, \"boundary\": \"inclusive\"}"),
        KR + "/target/boundary",
        "\"inclusive\"",
        "\"boundary\" applies only to above and below targets");
    assertError(
        base("{\"reach\": 18}", "{\"below\": 18}"),
        KR + "/target",
        "{\"below\"",
        "an above or below target needs \"boundary\"");
    assertError(
        base("{\"reach\": 18}", "{\"printed\": \"18 days\"}"),
        KR + "/target",
        "{\"printed\"",
        "expected a target with one of reach, relativeChange");
    assertError(
        base("{\"reach\": 18}", "\"soon\""),
        KR + "/target",
        "\"soon\"",
        "expected a target: \"done\", \"tbd\" or an object with one of reach");
    assertError(
        base("{\"reach\": 18}", "{\"between\": [1, 2, 3]}"),
        KR + "/target/between/2",
        "3]",
        "expected two figures [lower, upper], found a third");
  }

  @Test
  void partValuesMustNameAPart() {
    String doc =
        base(
                "\"metric\": {\"name\": \"code review time\", \"unit\": \"days\", \"direction\":"
                    + " \"lower\"},",
                "")
            .replace("\"baseline\": {\"value\": 19, \"asOf\": \"2019-06\"},", "")
            .replace(
                "{\"reach\": 18}",
                "{\"allOf\": [{\"name\": \"a\", \"unit\": \"count\", \"target\": {\"reach\": 2}},"
                    + " {\"name\": \"b\", \"unit\": \"count\", \"target\": {\"reach\": 3}}]}")
            .replace("\"value\": 21, \"state\"", "\"parts\": {\"a\": 1, \"c\": 2}, \"state\"");
    assertError(
        doc,
        KR + "/checkIns/0/parts/c",
        "2}, \"state\"",
        "the target has no part named \"c\"; its parts are \"a\", \"b\"");
  }

  @Test
  void contentAfterTheReport() {
    assertError(
        BASE + "{}",
        "",
        "{}",
        "expected the end of the input after the report, found more content");
  }

  @Test
  void figureObjectRules() {
    assertError(
        base("{\"reach\": 18}", "{\"reach\": {\"value\": 18, \"exact\": true, \"precision\": 1}}"),
        KR + "/target/reach",
        "{\"value\": 18",
        "a figure is either \"exact\": true or has a \"precision\" step, not both");
    assertError(
        base("{\"reach\": 18}", "{\"reach\": {\"value\": 18, \"precision\": -1}}"),
        KR + "/target/reach/precision",
        "-1",
        "a precision step must be greater than zero");
    assertError(
        base("{\"reach\": 18}", "{\"reach\": \"18 days\"}"),
        KR + "/target/reach",
        "\"18 days\"",
        "expected a figure string such as \"238.9M\"");
  }

  @Test
  void unitRules() {
    assertError(
        base("\"unit\": \"days\"", "\"unit\": \"score/five\""),
        KR + "/metric/unit",
        "\"score/five\"",
        "expected a score unit such as \"score/5\", found \"score/five\"");
    assertError(
        base("\"unit\": \"days\"", "\"unit\": \"  \""),
        KR + "/metric/unit",
        "\"  \"",
        "expected a unit, found a blank string");
  }
}
