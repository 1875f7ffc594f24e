package org.okr4j.core.testing;

import java.util.function.Consumer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCollector;
import net.jqwik.api.statistics.StatisticsCoverage;

/**
 * jqwik's {@link Statistics#label(String)}, whose coverage checks can be switched off for a run
 * that is not about the generators: {@code -Dokr4j.coverageChecks=off}. Mutation testing sets it,
 * as it runs the properties with fewer tries ({@code jqwik.tries.default}), at which the rarest
 * cases the checks expect would not come up reliably. Values are collected and reported either way.
 */
public final class GeneratorCoverage {
  private static final boolean CHECKED =
      !"off".equals(System.getProperty("okr4j.coverageChecks", "on"));

  private GeneratorCoverage() {}

  /**
   * A labelled collector, as {@link Statistics#label(String)}.
   *
   * @param label the statistics' label
   * @return the collector; its {@code coverage} does nothing when checks are off
   */
  public static StatisticsCollector label(String label) {
    StatisticsCollector collector = Statistics.label(label);
    return CHECKED ? collector : new Unchecked(collector);
  }

  private static final class Unchecked implements StatisticsCollector {
    private final StatisticsCollector collector;

    Unchecked(StatisticsCollector collector) {
      this.collector = collector;
    }

    @Override
    public StatisticsCollector collect(Object... values) {
      collector.collect(values);
      return this;
    }

    @Override
    public void coverage(Consumer<StatisticsCoverage> checker) {
      // Checks are off for this run.
    }
  }
}
