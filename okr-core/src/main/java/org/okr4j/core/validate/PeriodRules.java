package org.okr4j.core.validate;

import java.time.LocalDate;
import java.util.List;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.time.Period;

/**
 * The rules for periods: no two check-ins of a key result cover the same days (the same span
 * spelled twice, or overlapping spans), check-ins lie near the report's period, and no period is
 * implausibly early, late or long.
 */
final class PeriodRules {
  /** The earliest start a period of an OKR report plausibly has. */
  static final LocalDate PLAUSIBLE_START = LocalDate.of(1900, 1, 1);

  /** The latest end a period of an OKR report plausibly has. */
  static final LocalDate PLAUSIBLE_END = LocalDate.of(2200, 1, 1);

  /** The longest plausible period, in years. */
  static final int PLAUSIBLE_YEARS = 10;

  /** How far, in years, a check-in may lie before or after the report's period. */
  static final int NEAR_YEARS = 2;

  private PeriodRules() {}

  static void plausible(Period p, Where path, String role, Findings out) {
    if (p.start().isBefore(PLAUSIBLE_START)
        || p.endExclusive().isAfter(PLAUSIBLE_END)
        || p.start().plusYears(PLAUSIBLE_YEARS).isBefore(p.endExclusive())) {
      out.warning(
          path,
          "period.implausible",
          "%s %s (%s..%s) is implausible for an OKR report: it starts before %s, ends after %s or"
              + " is longer than %d years",
          role,
          p.label(),
          p.start(),
          p.endExclusive(),
          PLAUSIBLE_START,
          PLAUSIBLE_END,
          PLAUSIBLE_YEARS);
    }
  }

  /**
   * Check-ins, which okr-core sorts by period (start, then end), are compared with the latest end
   * seen so far: a check-in that starts before it overlaps an earlier one. Linear after okr-core's
   * sort.
   */
  static void checkIns(List<CheckIn> checkIns, Period report, Where krPath, Findings out) {
    LocalDate nearStart = report.start().minusYears(NEAR_YEARS);
    LocalDate nearEnd = report.endExclusive().plusYears(NEAR_YEARS);
    int latest = -1;
    for (int i = 0; i < checkIns.size(); i++) {
      Period p = checkIns.get(i).period();
      Where path = krPath.at("/checkIns/", i).at("/period");
      plausible(p, path, "check-in period", out);
      if (p.endExclusive().isBefore(nearStart) || p.start().isAfter(nearEnd)) {
        out.warning(
            path,
            "check-in.far-from-report",
            "check-in for %s lies more than %d years from the report's period %s",
            p.label(),
            NEAR_YEARS,
            report.label());
      }
      if (latest >= 0) {
        Period before = checkIns.get(latest).period();
        Period previous = checkIns.get(i - 1).period();
        if (previous.start().equals(p.start())
            && previous.endExclusive().equals(p.endExclusive())) {
          out.error(
              path,
              "check-in.same-days",
              "check-ins for %s and %s cover the same days, %s..%s: one span is checked in twice",
              previous.label(),
              p.label(),
              p.start(),
              p.endExclusive());
        } else if (p.start().isBefore(before.endExclusive())) {
          out.warning(
              path,
              "check-in.overlap",
              "check-in for %s overlaps the check-in for %s (%s..%s)",
              p.label(),
              before.label(),
              before.start(),
              before.endExclusive());
        }
      }
      if (latest < 0 || p.endExclusive().isAfter(checkIns.get(latest).period().endExclusive())) {
        latest = i;
      }
    }
  }
}
