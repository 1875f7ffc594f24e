package org.okr4j.core.calc;

import java.util.List;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Rational;

/** The built-in {@link PaceCurve}s. */
final class PaceCurves {
  static final PaceCurve LINEAR =
      new PaceCurve() {
        @Override
        public Rational expectedAt(Rational elapsed) {
          PacePoint.checkFraction(elapsed, "elapsed fraction");
          return elapsed;
        }

        @Override
        public String name() {
          return "linear";
        }
      };

  private PaceCurves() {}

  static PaceCurve stepwise(List<PacePoint> steps) {
    List<PacePoint> points = checkPoints(steps, 1, "stepwise pace");
    return new PaceCurve() {
      @Override
      public Rational expectedAt(Rational elapsed) {
        PacePoint.checkFraction(elapsed, "elapsed fraction");
        Rational expected = Rational.ZERO;
        for (PacePoint p : points) {
          if (p.elapsed().compareTo(elapsed) <= 0) {
            expected = p.expected();
          }
        }
        return expected;
      }

      @Override
      public String name() {
        return "stepwise";
      }
    };
  }

  static PaceCurve through(List<PacePoint> given) {
    List<PacePoint> points = checkPoints(given, 2, "piecewise-linear pace");
    Checks.argument(
        points.get(0).elapsed().isZero()
            && points.get(points.size() - 1).elapsed().equals(Rational.ONE),
        "piecewise-linear pace must start at elapsed 0 and end at elapsed 1: %s",
        points);
    return new PaceCurve() {
      @Override
      public Rational expectedAt(Rational elapsed) {
        PacePoint.checkFraction(elapsed, "elapsed fraction");
        int last = points.size() - 1;
        for (int i = 1; i < last; i++) {
          if (elapsed.compareTo(points.get(i).elapsed()) <= 0) {
            return between(points.get(i - 1), points.get(i), elapsed);
          }
        }
        return between(points.get(last - 1), points.get(last), elapsed);
      }

      @Override
      public String name() {
        return "piecewise-linear";
      }
    };
  }

  private static Rational between(PacePoint a, PacePoint b, Rational elapsed) {
    Rational t = elapsed.minus(a.elapsed()).dividedBy(b.elapsed().minus(a.elapsed()));
    return a.expected().plus(b.expected().minus(a.expected()).multipliedBy(t));
  }

  private static List<PacePoint> checkPoints(List<PacePoint> given, int minimum, String role) {
    List<PacePoint> points = List.copyOf(Checks.noNullElements(given, role + " points"));
    Checks.argument(
        points.size() >= minimum,
        "%s needs at least %d point(s), not %d",
        role,
        minimum,
        points.size());
    for (int i = 1; i < points.size(); i++) {
      PacePoint a = points.get(i - 1);
      PacePoint b = points.get(i);
      Checks.argument(
          a.elapsed().isLessThan(b.elapsed()) && a.expected().compareTo(b.expected()) <= 0,
          "%s points must have increasing elapsed and non-decreasing expected: %s then %s",
          role,
          a,
          b);
    }
    return points;
  }
}
