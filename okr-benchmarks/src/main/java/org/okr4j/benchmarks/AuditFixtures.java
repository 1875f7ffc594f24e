package org.okr4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.json.OkrJson;

/**
 * The reports of the audit benchmark: the Q3 FY20 deck, and a synthetic report of 10,000 printed
 * figures.
 *
 * <p>Each synthetic key result prints ten derived figures, as the deck does: a baseline share
 * ({@code 24.9% (238.9M/959.4M)}), the value a relative-change target leads to ({@code +10% →
 * 27.4%}), a change against the baseline at each of its four check-ins, a change against the
 * previous period at the last three, and a share at the last check-in. Percentages are printed to
 * one decimal, shares' parts and wholes in millions to one decimal. One figure in ten is printed
 * rounded down instead of half up, and one in fifty is wrong by 0.3, so the audit meets each of its
 * verdicts.
 */
public final class AuditFixtures {
  /** Figures each synthetic key result prints. */
  public static final int FIGURES_PER_KEY_RESULT = 10;

  private static final String DECK = "/org/okr4j/examples/wikimedia-technology-q3-fy20.json";
  private static final Unit PAGES = Unit.count("pages");
  private static final ChangeBasis VS_PREVIOUS =
      ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.CHANGE);

  private AuditFixtures() {}

  /**
   * The Q3 FY20 deck, read from okr-examples.
   *
   * @return the report
   */
  public static Report deck() {
    try (InputStream in = AuditFixtures.class.getResourceAsStream(DECK)) {
      if (in == null) {
        throw new IllegalStateException(DECK + " is missing: is okr-examples on the class path?");
      }
      return OkrJson.create().readReport(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A synthetic report that prints {@code figures} derived figures.
   *
   * @param figures the number of figures, a multiple of {@link #FIGURES_PER_KEY_RESULT}
   * @param seed the random seed
   * @return the report
   */
  public static Report synthetic(int figures, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int keyResults = figures / FIGURES_PER_KEY_RESULT;
    List<Objective> objectives = new ArrayList<>();
    List<KeyResult> current = new ArrayList<>();
    for (int i = 0; i < keyResults; i++) {
      current.add(keyResult(i, random));
      if (current.size() == Portfolio.PER_OBJECTIVE || i == keyResults - 1) {
        int o = objectives.size();
        objectives.add(
            Objective.builder()
                .id("obj-" + o)
                .title("Audited objective " + o)
                .addAllKeyResults(current)
                .build());
        current.clear();
      }
    }
    return Report.builder()
        .title("Synthetic report, " + figures + " printed figures")
        .calendar(Portfolio.CALENDAR)
        .period(Portfolio.YEAR)
        .addAllObjectives(objectives)
        .build();
  }

  private static KeyResult keyResult(int i, SplittableRandom random) {
    // A share of pages: whole within 100M..1000M, part within 5%..60% of it, both to 0.1M.
    long wholeTenths = 1000L + random.nextInt(9000);
    long partTenths = wholeTenths * (5 + random.nextInt(55)) / 100;
    BigDecimal baseline = percentOf(partTenths, wholeTenths, random);
    Quantity baselineValue = percent(baseline);
    Baseline base =
        Baseline.builder()
            .value(baselineValue)
            .share(Share.of(millions(partTenths), millions(wholeTenths)))
            .build();

    int change = 5 + random.nextInt(30);
    BigDecimal aimed =
        baseline.multiply(BigDecimal.valueOf(100 + change)).divide(BigDecimal.valueOf(100));
    ChangeTarget target =
        Target.relativeChange(BigDecimal.valueOf(change)).withStatedValue(printed(aimed, random));

    KeyResult.Builder kr =
        KeyResult.builder()
            .id("kr-" + i)
            .statement("Raise the share of pages with structured data by " + change + "%")
            .metric(
                Metric.of("pages with structured data", Unit.percent(), Direction.HIGHER_IS_BETTER))
            .baseline(base)
            .target(target);
    BigDecimal previous = null;
    long part = partTenths;
    for (int q = 0; q < 4; q++) {
      part += partTenths * random.nextInt(4) / 100;
      BigDecimal value = percentOf(part, wholeTenths, random);
      CheckIn.Builder c =
          CheckIn.builder()
              .period(Portfolio.QUARTERS.get(q))
              .value(percent(value))
              .addStatedChanges(
                  StatedChange.of(
                      printed(relativeChange(baseline, value), random),
                      ChangeBasis.RELATIVE_TO_BASELINE));
      if (previous != null) {
        c.addStatedChanges(
            StatedChange.of(printed(relativeChange(previous, value), random), VS_PREVIOUS));
      }
      if (q == 3) {
        c.share(Share.of(millions(part), millions(wholeTenths)));
      }
      kr.addCheckIns(c.build());
      previous = value;
    }
    return kr.build();
  }

  /** {@code part / whole × 100} to one decimal, as printed. */
  private static BigDecimal percentOf(long part, long whole, SplittableRandom random) {
    BigDecimal exact =
        BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_EVEN);
    return roundAsPrinted(exact, random);
  }

  private static BigDecimal relativeChange(BigDecimal from, BigDecimal to) {
    return to.subtract(from)
        .multiply(BigDecimal.valueOf(100))
        .divide(from, 10, RoundingMode.HALF_EVEN);
  }

  /** Usually half up to one decimal; one time in ten down; one in fifty off by 0.3. */
  private static BigDecimal roundAsPrinted(BigDecimal exact, SplittableRandom random) {
    int draw = random.nextInt(100);
    if (draw < 2) {
      return exact.setScale(1, RoundingMode.HALF_UP).add(new BigDecimal("0.3"));
    }
    return exact.setScale(1, draw < 12 ? RoundingMode.DOWN : RoundingMode.HALF_UP);
  }

  private static StatedFigure printed(BigDecimal exact, SplittableRandom random) {
    BigDecimal shown = roundAsPrinted(exact, random);
    String text = (shown.signum() > 0 ? "+" : "") + shown.toPlainString() + "%";
    return StatedFigure.of(text, percent(shown));
  }

  private static Quantity percent(BigDecimal value) {
    return Quantity.of(value, Unit.percent());
  }

  private static Quantity millions(long tenths) {
    return Quantity.parse(BigDecimal.valueOf(tenths, 1).toPlainString() + "M", PAGES);
  }
}
