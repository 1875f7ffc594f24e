package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.okr4j.json.ErrorsTest.BASE;
import static org.okr4j.json.ErrorsTest.base;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Report;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inputs that found each defect of issue 13 ("Hostile input"), each held as a regression test:
 * reading throws only {@link OkrJsonException}, refuses what okr-core would later refuse, and never
 * echoes raw control characters or whole huge values.
 */
class HostileInputTest {
  private final OkrJson json = OkrJson.create();

  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  private OkrJsonException readBytes(byte[] bytes) {
    OkrJsonException e =
        catchThrowableOfType(
            OkrJsonException.class, () -> json.readReport(new ByteArrayInputStream(bytes)));
    assertThat(e).as("an OkrJsonException").isNotNull();
    return e;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  // ---- 1. only OkrJsonException escapes reading ----

  @Test
  void readReport_bytesThatLookLikeUtf32_throwOkrJsonException() {
    OkrJsonException e = readBytes(bytes(0, 0, 0, 0x7B, 0x7F, 0x7F, 0x7F, 0x7F, 0, 0, 0, 0x7D));
    assertThat(e.problem()).startsWith("malformed text: the input is not valid UTF-8, UTF-16");
  }

  @Test
  void readReport_zeroBytesInNoEncodingsPattern_throwOkrJsonException() {
    // Found by the random-seed fuzz run (seed 3308840688156677268): a document that begins with
    // U+0000 in UTF-16LE starts 00 00 7B 00, which Jackson took for UCS-4 in the unusual 2143
    // order and refused with an IOException that escaped as UncheckedIOException.
    for (byte[] head :
        List.of(
            bytes(0, 0, 0x7B, 0), bytes(0x20, 0x7B, 0, 0x7D), bytes(0, 0, 0x20, 0x7B, 0, 0x7D))) {
      OkrJsonException e = readBytes(head);
      assertThat(e.problem()).startsWith("malformed text: the first bytes (");
      assertThat(e.line()).isEqualTo(1);
    }
  }

  @Test
  void readReport_twoStrayBytesAfterAUtf32LeDocument_throwOkrJsonException() {
    byte[] doc = concat(BASE.getBytes(UTF_32LE), bytes(0x20, 0x20));
    assertThat(readBytes(doc).problem()).startsWith("malformed text");
  }

  @Test
  void readReport_validUtf16AndUtf32_readTheSameReportAsUtf8() {
    Report expected = json.readReport(BASE);
    for (Charset c :
        new Charset[] {
          StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16BE,
          UTF_32LE,
          UTF_32BE,
          StandardCharsets.UTF_16
        }) {
      assertThat(json.readReport(new ByteArrayInputStream(BASE.getBytes(c))))
          .as("%s", c)
          .isEqualTo(expected);
    }
    byte[] bom32 = concat(bytes(0, 0, 0xFE, 0xFF), BASE.getBytes(UTF_32BE));
    assertThat(json.readReport(new ByteArrayInputStream(bom32))).isEqualTo(expected);
    byte[] bom16le = concat(bytes(0xFF, 0xFE), BASE.getBytes(StandardCharsets.UTF_16LE));
    assertThat(json.readReport(new ByteArrayInputStream(bom16le))).isEqualTo(expected);
  }

  @Test
  void readReport_malformedUtf16_isRefusedLikeMalformedUtf8() {
    // Found by fuzzing: a lone surrogate in UTF-16 bytes was silently read as U+FFFD.
    byte[] doc = BASE.replace("\"Q3\"", "\"Q\u0001\"").getBytes(StandardCharsets.UTF_16LE);
    for (int i = 0; i + 1 < doc.length; i += 2) {
      if (doc[i] == 1 && doc[i + 1] == 0) {
        doc[i] = 0;
        doc[i + 1] = (byte) 0xD8; // a high surrogate followed by a quote: malformed
      }
    }
    assertThat(readBytes(doc).problem()).startsWith("malformed text");
    byte[] utf8 = BASE.replace("\"Q3\"", "\"Q\u0001\"").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == 1) {
        utf8[i] = (byte) 0xC3; // a lead byte followed by a quote: malformed
      }
    }
    assertThat(readBytes(utf8)).isNotNull();
  }

  @Test
  void module_bytesThatStopBeingUtf32InsideTheReport_throwOkrJsonException() {
    // Found by fuzzing: through the module's deserializer, the decoding failure escaped as
    // UncheckedIOException. (A failure on the very first token is the mapper's, as documented.)
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    String doc = base("\"title\": \"Q3\"", "\"title\": \"" + "x".repeat(9_000) + "\"");
    byte[] utf32 = doc.getBytes(UTF_32BE);
    int inTitle = 4 * (doc.indexOf("xxx") + 8_000);
    utf32[inTitle] = 0x7F; // code point 0x7F000078: above U+10FFFF
    assertThatThrownBy(() -> mapper.readValue(utf32, Report.class))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("malformed text");
  }

  // ---- 2. what okr-core's calculators would refuse is refused when read ----

  @Test
  void readReport_milestoneWithoutMetricAndABaselineInDays_isRefused() {
    String doc =
        base(
                "\"metric\": {\"name\": \"code review time\", \"unit\": \"days\", \"direction\":"
                    + " \"lower\"},",
                "")
            .replace(
                "\"baseline\": {\"value\": 19, \"asOf\": \"2019-06\"}",
                "\"baseline\": {\"value\": {\"value\": 19, \"unit\": \"days\"}}")
            .replace("\"target\": {\"reach\": 18}", "\"target\": {\"percentComplete\": 100}");
    assertThat(doc).contains("percentComplete").doesNotContain("metric");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc));
    assertThat(e).isNotNull();
    assertThat(e.problem()).contains("Units differ");
    assertThat(e.path()).isEqualTo("/objectives/0/keyResults/0");
  }

  // ---- 3. decimal places are counted as written ----

  @Test
  void readReport_statedChangeWithThirtySevenDecimalPlaces_isRefusedWhereItIsWritten() {
    String doc =
        base(
            "\"value\": 21, \"state\": \"at-risk\"",
            "\"value\": 21, \"statedChanges\": [{\"text\": \"1%\", \"value\":"
                + " 1.0000000000000000000000000000000000000}]");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc));
    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("/objectives/0/keyResults/0/checkIns/0/statedChanges/0/value");
    assertThat(e.problem()).contains("outside the accepted range");
  }

  // ---- 5. lone surrogates ----

  @Test
  void readReport_titleWithALoneSurrogate_isRefused() {
    String doc = base("\"title\": \"Q3\"", "\"title\": \"t\\ud800A\"");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc));
    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("/title");
    assertThat(e.problem())
        .isEqualTo(
            "the string holds a lone surrogate (\\ud800 at index 1), which is not Unicode text");
  }

  // ---- 6. the module's limits apply before Jackson buffers a string ----

  @Test
  void module_streamReadConstraints_refuseALongTitleBeforeBufferingIt() {
    OkrJsonModule module = new OkrJsonModule();
    JsonMapper mapper =
        JsonMapper.builder(
                JsonFactory.builder().streamReadConstraints(module.streamReadConstraints()).build())
            .addModule(module)
            .build();
    String doc = base("\"title\": \"Q3\"", "\"title\": \"" + "x".repeat(20_000) + "\"");
    assertThatThrownBy(() -> mapper.readValue(doc, Report.class))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("exceeds the maximum allowed (10000");
    assertThat(module.streamReadConstraints().getMaxStringLength()).isEqualTo(10_000);
    assertThat(module.streamReadConstraints().getMaxDocumentLength())
        .isEqualTo(ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH);
  }

  // ---- 7. what is read can be written and read back ----

  @Test
  void readReport_whoseCanonicalFormIsLongerThanTheLimit_isRefused() {
    String compact = BASE.replaceAll("\\s*\\n\\s*", "");
    String canonical = json.writeReport(json.readReport(compact));
    assertThat(canonical.length()).isGreaterThan(compact.length());
    OkrJson tight =
        OkrJson.withLimits(ReadLimits.builder().maxDocumentLength(compact.length() + 1).build());
    assertThatThrownBy(() -> tight.readReport(compact))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("canonical form would be longer than the maximum allowed");
    OkrJson exact =
        OkrJson.withLimits(ReadLimits.builder().maxDocumentLength(canonical.length()).build());
    assertThat(exact.readReport(exact.writeReport(exact.readReport(compact))))
        .isEqualTo(json.readReport(compact));
  }

  // ---- 9. nesting ----

  @Test
  void readReport_objectivesNestedFiveHundredDeep_isRefusedAtTheObjectiveLimit() {
    // Found by fuzzing: re-reading a document nested 985 deep under maxNestingDepth(1000)
    // overflowed the stack once.
    StringBuilder doc =
        new StringBuilder(
            "{\"format\": \"okr4j/1\", \"title\": \"t\", \"fiscalYearStart\": \"july\", \"period\":"
                + " \"FY2019/20\", \"objectives\": [");
    int levels = 490;
    for (int i = 0; i < levels; i++) {
      doc.append("{\"id\": \"o").append(i).append("\", \"title\": \"t\", \"children\": [");
    }
    doc.append("]}".repeat(levels)).append("]}");
    OkrJson deep = OkrJson.withLimits(ReadLimits.builder().maxNestingDepth(1000).build());
    OkrJsonException e =
        catchThrowableOfType(OkrJsonException.class, () -> deep.readReport(doc.toString()));
    assertThat(e).isNotNull();
    assertThat(e.problem())
        .isEqualTo("objectives nest more than 100 deep (Objective.MAX_NESTING_DEPTH)");
  }

  // ---- 10. messages ----

  @Test
  void readReport_monthThirteen_saysWhichPartIsWrong() {
    String doc = base("\"asOf\": \"2019-06\"", "\"asOf\": \"2019-13\"");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc));
    assertThat(e.problem())
        .isEqualTo("\"2019-13\" is not a date: months run from 01 to 12, not 13");
  }

  @Test
  void readReport_yearsBeyondFourDigits_areRefusedWithoutASuggestion() {
    for (String period : new String[] {"999999999-12", "+999999999-12", "-999999999-01"}) {
      String doc = base("\"asOf\": \"2019-06\"", "\"asOf\": \"" + period + "\"");
      OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc));
      assertThat(e.problem()).as(period).startsWith("expected a period such as \"FY2019/20 Q3\"");
    }
    String doc = base("\"asOf\": \"2019-06\"", "\"asOf\": \"0000-01-01..9999-12-31\"");
    assertThat(catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc)).problem())
        .isEqualTo("\"0000-01-01\" is not a date: years run from 0001 to 9999");
  }

  @Test
  void readReport_neverEchoesControlCharactersOrWholeHugeValues() {
    String longName = "\\u0000" + "k".repeat(9_999);
    String[] docs = {
      base("\"title\": \"Q3\"", "\"title\": \"Q3\", \"" + longName + "\": 1"),
      base("\"title\": \"Q3\"", "\"title\": \"Q3\", \"\\u202e\": 1"),
      base("\"format\": \"okr4j/1\"", "\"format\": \"okr4j/\\u0007" + "z".repeat(5_000) + "\""),
      base("\"title\": \"Q3\"", "\"title\": \"Q3\", \u0000"),
      base("\"title\": \"Q3\"", "\"title\": \"Q3\", \"x\": \"\u0001\""),
    };
    for (String doc : docs) {
      OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readReport(doc));
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).hasSizeLessThan(600);
      assertThat(
              String.valueOf(e.getMessage())
                  .chars()
                  .filter(c -> c < 0x20 || c == 0x202E || c == 0xFFFD))
          .as(e.getMessage())
          .isEmpty();
    }
  }

  // ---- 11. null is not a report ----

  @Test
  void module_readValueOfNull_isRefused() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    assertThatThrownBy(() -> mapper.readValue("null", Report.class))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("expected a report object, found null");
  }
}
