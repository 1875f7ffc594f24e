package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.okr4j.core.model.Report;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutation fuzzing: valid documents with random damage (characters deleted, inserted, replaced or
 * duplicated; tokens swapped; numbers made huge; values nested thousands deep; members and
 * vocabulary words exchanged; input truncated; bytes flipped). Whatever the input, a read either
 * returns a report that writes and reads back to itself, or throws {@link OkrJsonException}: never
 * a {@link NullPointerException}, a {@link StackOverflowError}, an {@link OutOfMemoryError} or a
 * raw Jackson exception.
 *
 * <p>4,000 inputs per run; {@link SeededFuzzTest} adds 100,000 small ones.
 */
class FuzzProperties {
  private static final OkrJson JSON = OkrJson.create();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new OkrJsonModule()).build();
  private static final List<String> SEEDS = seeds();

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  // Unrolled and possessive: no backtracking recursion over long strings.
  private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"");
  private static final String[] CHARS = {
    "{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "0", "9", "-", "+", ".", "e", "E", "t",
    "n", "f", "null", "true", "\u0000", "\uD800", "é", "😀", "/", "~", "\\u0000", "\\uD800"
  };
  private static final String[] NUMBERS = {
    "1e999999999",
    "-1e-999999999",
    "1E+400",
    "9".repeat(60),
    "0." + "0".repeat(30) + "1",
    "0",
    "-0",
    "-1",
    "100.5",
    "1e3",
    "1e18",
    "12345678901234567890",
    "1.000000000000000000000",
    "0.5",
    "1E+5",
    "-2147483649",
    "99999999999e99999999999"
  };
  private static final String[] WORDS = {
    "\"reach\"",
    "\"above\"",
    "\"below\"",
    "\"between\"",
    "\"zones\"",
    "\"allOf\"",
    "\"done\"",
    "\"tbd\"",
    "\"percentComplete\"",
    "\"relativeChange\"",
    "\"percentagePoints\"",
    "\"scalePoints\"",
    "\"qualitative\"",
    "\"boundary\"",
    "\"exact\"",
    "\"precision\"",
    "\"unit\"",
    "\"value\"",
    "\"period\"",
    "\"state\"",
    "\"parts\"",
    "\"share\"",
    "\"metric\"",
    "\"target\"",
    "\"baseline\"",
    "\"headline\"",
    "\"checkIns\"",
    "\"children\"",
    "\"keyResults\"",
    "\"id\"",
    "\"days\"",
    "\"percent\"",
    "\"ratio\"",
    "\"score/5\"",
    "\"score/0\"",
    "\"count:\"",
    "\"count\"",
    "\"%\"",
    "\"at-risk\"",
    "\"AT_RISK\"",
    "\"higher\"",
    "\"lower\"",
    "\"inclusive\"",
    "\"exclusive\"",
    "\"mean\"",
    "\"FY2019/20 Q3\"",
    "\"FY2020\"",
    "\"FY2019/21 Q1\"",
    "\"2019-06\"",
    "\"2019-13\"",
    "\"2019-02-30..2019-03-01\"",
    "\"2020-01-01..2019-01-01\"",
    "\"2019\"",
    "\"0\"",
    "\"238.9M\"",
    "\"1e3\"",
    "\"\"",
    "\" \"",
    "\"okr4j/2\"",
    "\"july\"",
    "\"Smarch\"",
    "{}",
    "[]",
    "null",
    "true",
    "false",
    "{\"label\": \"x\"}",
    "{\"symbol\": \"days\"}",
    "{\"value\": 1, \"exact\": true, \"precision\": 1}",
    "{\"value\": 1, \"precision\": 0}",
    "{\"start\": \"2019-01-01\", \"endExclusive\": \"2019-01-01\"}",
    "{\"fiscal\": \"FY2020\", \"fiscalYearStart\": \"june\"}"
  };

  private static List<String> seeds() {
    List<String> seeds = new ArrayList<>();
    seeds.add(GoldenTest.resource("every-kind.json"));
    seeds.add(GoldenTest.resource("every-kind.loose.json"));
    seeds.add(ErrorsTest.BASE);
    seeds.add(MAPPER.writeValueAsString(EveryKindReport.build()));
    ReportGenerator.reports().sampleStream().limit(12).map(JSON::writeReport).forEach(seeds::add);
    return List.copyOf(seeds);
  }

  /** A damaged document and whether to read it as bytes or through the mapper. */
  record Input(String text, int route, List<String> mutations) {}

  @Provide
  Arbitrary<Input> inputs() {
    return Arbitraries.randomValue(FuzzProperties::mutate);
  }

  static Input mutate(Random random) {
    StringBuilder doc = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
    List<String> applied = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      applied.add(mutateOnce(doc, random));
    }
    return new Input(doc.toString(), random.nextInt(10), applied);
  }

  private static String mutateOnce(StringBuilder doc, Random random) {
    int length = doc.length();
    int at = length == 0 ? 0 : random.nextInt(length);
    switch (random.nextInt(12)) {
      case 0 -> {
        int end = Math.min(length, at + 1 + random.nextInt(20));
        doc.delete(at, end);
        return "delete";
      }
      case 1 -> {
        doc.insert(at, CHARS[random.nextInt(CHARS.length)]);
        return "insert";
      }
      case 2 -> {
        if (length > 0) {
          doc.replace(at, at + 1, CHARS[random.nextInt(CHARS.length)]);
        }
        return "replace";
      }
      case 3 -> {
        int end = Math.min(length, at + 1 + random.nextInt(200));
        String piece = doc.substring(at, end);
        doc.insert(length == 0 ? 0 : random.nextInt(doc.length()), piece);
        return "duplicate";
      }
      case 4 -> {
        return swapTokens(doc, random) ? "swap" : "swap-none";
      }
      case 5 -> {
        return replaceMatch(doc, random, NUMBER, NUMBERS[random.nextInt(NUMBERS.length)])
            ? "number"
            : "number-none";
      }
      case 6 -> {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 70 : 5000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        return replaceMatch(doc, random, NUMBER, nested) ? "nest" : "nest-none";
      }
      case 7, 8 -> {
        return replaceMatch(doc, random, STRING, WORDS[random.nextInt(WORDS.length)])
            ? "word"
            : "word-none";
      }
      case 9 -> {
        doc.setLength(at);
        return "truncate";
      }
      case 10 -> {
        String big = "\"" + "x".repeat(random.nextInt(20_000)) + "\"";
        return replaceMatch(doc, random, STRING, big) ? "long-string" : "long-string-none";
      }
      default -> {
        return replaceMatch(doc, random, NUMBER, WORDS[random.nextInt(WORDS.length)])
            ? "number-to-word"
            : "number-to-word-none";
      }
    }
  }

  private static boolean replaceMatch(StringBuilder doc, Random random, Pattern p, String with) {
    List<int[]> spans = spans(doc, p);
    if (spans.isEmpty()) {
      return false;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    doc.replace(s[0], s[1], with);
    return true;
  }

  private static boolean swapTokens(StringBuilder doc, Random random) {
    List<int[]> spans = spans(doc, random.nextBoolean() ? STRING : NUMBER);
    if (spans.size() < 2) {
      return false;
    }
    int[] a = spans.get(random.nextInt(spans.size()));
    int[] b = spans.get(random.nextInt(spans.size()));
    if (a[0] == b[0]) {
      return false;
    }
    int[] first = a[0] < b[0] ? a : b;
    int[] second = a[0] < b[0] ? b : a;
    if (first[1] > second[0]) {
      return false;
    }
    String x = doc.substring(first[0], first[1]);
    String y = doc.substring(second[0], second[1]);
    doc.replace(second[0], second[1], x);
    doc.replace(first[0], first[1], y);
    return true;
  }

  private static List<int[]> spans(CharSequence doc, Pattern p) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = p.matcher(doc);
    while (m.find() && spans.size() < 2000) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static boolean readerWasInvolved(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("org.okr4j.json.internal.")) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 4_000)
  void onlyThisModulesExceptionEscapes(@ForAll("inputs") Input input) {
    String outcome;
    try {
      Report report =
          switch (input.route()) {
            case 0 -> {
              byte[] bytes = input.text().getBytes(StandardCharsets.UTF_8);
              if (bytes.length > 0) {
                bytes[Math.floorMod(input.text().hashCode(), bytes.length)] ^= (byte) 0xA5;
              }
              yield JSON.readReport(new ByteArrayInputStream(bytes));
            }
            case 1, 2 -> MAPPER.readValue(input.text(), Report.class);
            default -> JSON.readReport(input.text());
          };
      outcome = "read";
      if (report != null) {
        assertThat(JSON.readReport(JSON.writeReport(report))).isEqualTo(report);
      }
    } catch (OkrJsonException e) {
      outcome = "OkrJsonException";
      assertThat(e.problem()).isNotBlank();
      assertThat(e.getMessage()).contains(e.problem());
      assertThat(e.line() == -1 || e.line() >= 1).as(e.getMessage()).isTrue();
      assertThat(e.path().isEmpty() || e.path().startsWith("/")).as(e.getMessage()).isTrue();
    } catch (tools.jackson.core.JacksonException e) {
      if ((input.route() != 1 && input.route() != 2) || readerWasInvolved(e)) {
        fail("raw Jackson exception escaped: " + e + "\ninput:\n" + input.text());
      }
      // Through a mapper, the first token and anything after the report are the mapper's.
      outcome = "mapper's own (outside the report)";
    } catch (Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      String shown =
          input.text().length() > 2000 ? input.text().substring(0, 2000) + "..." : input.text();
      fail("mutations " + input.mutations() + " escaped with " + trace + "\ninput:\n" + shown);
      return;
    }
    Statistics.label("outcome").collect(outcome);
    for (String m : input.mutations()) {
      Statistics.label("mutation").collect(m);
    }
  }
}
