package org.okr4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.time.Period;
import org.okr4j.json.OkrJson;

/**
 * The measure of issue 10: the seed deck's key-result tables imported and compared with the
 * hand-made okr-examples data. Every key result, check-in and figure cell is equal (value and
 * precision, printed text, state, stated changes, target), flagged for review (different, and a
 * review note names its cell or key result), or silently different (different, no note). Hand-made
 * key results outside the tables the importer reads are listed apart.
 */
class DeckImportComparisonTest {
  enum Outcome {
    EQUAL,
    FLAGGED,
    SILENT
  }

  private static final Pattern QUARTER = Pattern.compile("Q([1-4])");
  private static Report hand;
  private static ImportResult imported;
  private static final Map<String, int[]> TABLE = new LinkedHashMap<>();
  private static final List<String> NEEDS_A_PERSON = new ArrayList<>();
  private static final List<String> UNMATCHED = new ArrayList<>();

  @BeforeAll
  static void importAndCompare() throws Exception {
    // Read from the source trees: on the module path, another module's resources are not visible.
    hand =
        OkrJson.create()
            .readReport(
                Path.of(
                    "../okr-examples/src/main/resources/org/okr4j/examples/"
                        + "wikimedia-technology-q3-fy20.json"));
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/test/resources/org/okr4j/importer/wikimedia-technology-q3-fy20.md"),
            StandardCharsets.UTF_8)) {
      imported =
          TableImport.from(TableFormat.MARKDOWN)
              .withPeriod("FY2019/20 Q3")
              .withFiscalYearStart(Month.JULY)
              .read(in);
    }
    for (String row : List.of("key results", "check-ins", "figure cells")) {
      TABLE.put(row, new int[Outcome.values().length]);
    }
    Set<String> used = new HashSet<>();
    for (KeyResult h : hand.allKeyResults()) {
      Optional<KeyResult> match =
          imported.draft().allKeyResults().stream()
              .filter(k -> !used.contains(k.id()))
              .filter(k -> sameStatement(h.statement(), k.statement()))
              .findFirst();
      if (match.isEmpty()) {
        UNMATCHED.add(h.id() + ": " + h.statement());
        continue;
      }
      used.add(match.get().id());
      compare(h, match.get());
    }
    print();
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%]+", " ").strip();
  }

  private static boolean sameStatement(String hand, String imported) {
    String h = norm(hand);
    String i = norm(imported);
    return !i.isEmpty() && (h.startsWith(i) || i.startsWith(h));
  }

  private static void compare(KeyResult h, KeyResult k) {
    boolean krFlagged =
        imported.notes().stream().anyMatch(n -> n.keyResultId().equals(Optional.of(k.id())));
    boolean allEqual = true;
    // Baseline.
    boolean hasBaselineCell =
        cellFlagged(k, "statement") || k.baseline().isPresent() || h.baseline().isPresent();
    if (hasBaselineCell) {
      boolean equal =
          h.baseline().isPresent()
              && k.baseline().isPresent()
              && sameFigure(h.baseline().get().value(), k.baseline().get().value())
              && Objects.equals(h.baseline().get().printed(), k.baseline().get().printed());
      allEqual &= equal;
      if (h.baseline().isPresent()) {
        count(
            "figure cells",
            equal,
            cellFlagged(k, "statement"),
            k.id() + " baseline",
            printed(h.baseline().get().printed()));
      }
    }
    // Goal.
    boolean targetEqual = sameTarget(h.target(), k.target());
    allEqual &= targetEqual;
    if (figureOf(h.target()).isPresent()) {
      count(
          "figure cells",
          targetEqual,
          cellFlagged(k, "Goal"),
          k.id() + " goal",
          h.target().printed().orElse(""));
    }
    // Check-ins.
    Set<Period> periods = new TreeSet<>();
    h.checkIns().forEach(c -> periods.add(c.period()));
    k.checkIns().forEach(c -> periods.add(c.period()));
    for (ImportedCell cell : imported.cells()) {
      if (cell.keyResultId().equals(k.id()) && cell.role() == ImportedCell.Role.CHECK_IN) {
        periodOf(cell.column()).ifPresent(periods::add);
      }
    }
    for (Period p : periods) {
      Optional<CheckIn> hc = h.checkInFor(p);
      Optional<CheckIn> kc = k.checkInFor(p);
      String column = "Q" + p.quarter().orElseThrow() + " Status";
      boolean flagged = cellFlagged(k, column);
      boolean equal = hc.isPresent() && kc.isPresent() && sameCheckIn(hc.get(), kc.get());
      allEqual &= equal;
      String printed =
          hc.flatMap(CheckIn::printed).or(() -> kc.flatMap(CheckIn::printed)).orElse("");
      count("check-ins", equal, flagged, k.id() + " " + p.label(), printed);
      Optional<Quantity> hv = hc.flatMap(CheckIn::value);
      Optional<Quantity> kv = kc.flatMap(CheckIn::value);
      if (hv.isPresent() && hc.isPresent()) {
        boolean figureEqual =
            kv.isPresent()
                && kc.isPresent()
                && sameFigure(hv.get(), kv.get())
                && samePrinted(hc.get(), kc.get());
        count("figure cells", figureEqual, flagged, k.id() + " " + p.label() + " value", printed);
      }
    }
    count("key results", allEqual, krFlagged, k.id(), k.statement());
  }

  private static Optional<Period> periodOf(String column) {
    Matcher m = QUARTER.matcher(column);
    return m.find()
        ? Optional.of(hand.calendar().quarter(2020, Integer.parseInt(m.group(1))))
        : Optional.empty();
  }

  private static boolean cellFlagged(KeyResult k, String column) {
    return imported.notes().stream()
        .anyMatch(n -> n.keyResultId().equals(Optional.of(k.id())) && n.where().contains(column));
  }

  private static String printed(Optional<String> text) {
    return text.orElse("");
  }

  private static void count(String row, boolean equal, boolean flagged, String what, String cell) {
    Outcome o = equal ? Outcome.EQUAL : flagged ? Outcome.FLAGGED : Outcome.SILENT;
    Objects.requireNonNull(TABLE.get(row))[index(o)]++;
    if (o != Outcome.EQUAL && !row.equals("key results")) {
      NEEDS_A_PERSON.add(o + " " + row + ": " + what + ": \"" + cell + "\"");
    }
  }

  private static int index(Outcome o) {
    return switch (o) {
      case EQUAL -> 0;
      case FLAGGED -> 1;
      case SILENT -> 2;
    };
  }

  private static boolean sameFigure(Quantity a, Quantity b) {
    return a.value().compareTo(b.value()) == 0 && a.precision().equals(b.precision());
  }

  private static boolean samePrinted(CheckIn hand, CheckIn imported) {
    // The hand-made data leaves out the printed text of a bare figure ("4", "20%").
    return hand.printed().isEmpty() || hand.printed().equals(imported.printed());
  }

  private static boolean sameCheckIn(CheckIn a, CheckIn b) {
    boolean value =
        a.value().isPresent() == b.value().isPresent()
            && (a.value().isEmpty() || sameFigure(a.value().get(), b.value().get()));
    return value
        && a.state().equals(b.state())
        && samePrinted(a, b)
        && a.partValues().isEmpty() == b.partValues().isEmpty()
        && sameChanges(a.statedChanges(), b.statedChanges());
  }

  private static boolean sameChanges(List<StatedChange> a, List<StatedChange> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameFigure(a.get(i).figure().value(), b.get(i).figure().value())
          || !a.get(i).claimedBasis().equals(b.get(i).claimedBasis())
          || !a.get(i).figure().text().equals(b.get(i).figure().text())) {
        return false;
      }
    }
    return true;
  }

  private static Optional<BigDecimal> figureOf(Target t) {
    if (t instanceof ValueTarget v) {
      return Optional.of(v.value().value());
    }
    if (t instanceof ChangeTarget c) {
      return Optional.of(c.amount());
    }
    if (t instanceof ThresholdTarget th) {
      return Optional.of(th.threshold().value());
    }
    if (t instanceof MilestoneTarget m) {
      return Optional.of(m.percentComplete());
    }
    return Optional.empty();
  }

  private static boolean sameTarget(Target a, Target b) {
    if (a.kind() != b.kind() || !a.printed().equals(b.printed())) {
      return false;
    }
    Optional<BigDecimal> fa = figureOf(a);
    Optional<BigDecimal> fb = figureOf(b);
    boolean figures =
        fa.isPresent() == fb.isPresent() && (fa.isEmpty() || fa.get().compareTo(fb.get()) == 0);
    if (a instanceof ChangeTarget ca && b instanceof ChangeTarget cb) {
      figures &=
          ca.measure() == cb.measure()
              && ca.statedValue()
                  .map(s -> s.value().value().stripTrailingZeros())
                  .equals(cb.statedValue().map(s -> s.value().value().stripTrailingZeros()));
    }
    if (a instanceof ThresholdTarget ta && b instanceof ThresholdTarget tb) {
      figures &= ta.side() == tb.side() && ta.boundary() == tb.boundary();
    }
    return figures;
  }

  private static void print() {
    StringBuilder out = new StringBuilder("\nSeed deck import vs hand-made okr-examples data\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%-14s %6s %8s %8s %7s %8s%n",
            "",
            "equal",
            "flagged",
            "silent",
            "total",
            "equal %"));
    for (Map.Entry<String, int[]> e : TABLE.entrySet()) {
      int eq = e.getValue()[0];
      int fl = e.getValue()[1];
      int si = e.getValue()[2];
      int total = eq + fl + si;
      out.append(
          String.format(
              Locale.ROOT,
              "%-14s %6d %8d %8d %7d %7.1f%%%n",
              e.getKey(),
              eq,
              fl,
              si,
              total,
              100.0 * eq / total));
    }
    out.append("Hand-made key results in no table the importer reads: ")
        .append(UNMATCHED.size())
        .append('\n');
    UNMATCHED.forEach(u -> out.append("  ").append(u).append('\n'));
    out.append("Cells that still need a person:\n");
    NEEDS_A_PERSON.forEach(n -> out.append("  ").append(n).append('\n'));
    System.out.println(out);
  }

  private static double equalFraction(String row) {
    int[] m = Objects.requireNonNull(TABLE.get(row));
    return (double) m[0] / (m[0] + m[1] + m[2]);
  }

  @Test
  void nothingIsSilentlyDifferent() {
    assertThat(TABLE.values()).allSatisfy(m -> assertThat(m[index(Outcome.SILENT)]).isZero());
  }

  @Test
  void equalFractions_asMeasured() {
    // Measured: 102 of 106 figure cells and 88 of 97 check-ins, past the goal of 90%;
    // 21 of 36 key results are equal in every cell, and the rest flagged for review.
    assertThat(equalFraction("figure cells")).isGreaterThanOrEqualTo(0.9);
    assertThat(equalFraction("check-ins")).isGreaterThanOrEqualTo(0.9);
    assertThat(equalFraction("figure cells")).isGreaterThanOrEqualTo(102.0 / 106);
    assertThat(equalFraction("check-ins")).isGreaterThanOrEqualTo(88.0 / 97);
    assertThat(equalFraction("key results")).isGreaterThanOrEqualTo(21.0 / 36);
  }
}
