package org.okr4j.examples;

import java.math.RoundingMode;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.Rounding;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.status.Status;

/** How the scorecard prints each computed value; every rounding is named here. */
final class Cells {
  /** Progress and changes: two decimals, half up. */
  static final Rounding SHOWN = Rounding.DISPLAY;

  private Cells() {}

  static String progress(Outcome<Progress> p) {
    return p.fold(
        v -> Figures.fractionAsPercent(v.raw(), SHOWN),
        u -> "n/a (" + u.reason().description() + ")");
  }

  static String change(Outcome<Change> c) {
    return c.fold(v -> Figures.change(v, SHOWN), u -> "n/a (" + u.reason().description() + ")");
  }

  static String status(Status s) {
    return s.color().name();
  }

  /** The recomputed value with up to 6 decimals, for tables; JSON carries the exact value. */
  static String computed(AuditFinding f) {
    return f.computed().map(Cells::sixDecimals).orElse("n/a");
  }

  static String sixDecimals(Rational r) {
    if (r.isTerminating() && r.toBigDecimalExact().scale() <= 6) {
      return r.toBigDecimalExact().toPlainString();
    }
    return r.toBigDecimal(6, RoundingMode.HALF_EVEN).toPlainString() + "…";
  }

  static String where(AuditFinding f) {
    return f.keyResultId().orElse(f.objectiveId()) + " " + f.location();
  }
}
