package org.okr4j.core.text;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.text.DerivationClaim.Measure;
import org.okr4j.core.text.DerivationClaim.Reference;
import org.okr4j.core.text.DerivationClaim.Sense;

/** Reads the words after a figure as the derivation they claim, for {@link CellParser}. */
final class CellClaims {
  private CellClaims() {}

  /**
   * The derived figure {@code f} is, when the words after it (up to {@code limit}) are change or
   * reference words; masks the words read.
   */
  static @Nullable DerivedFigure derive(CellReading r, CellReading.Found f, int limit) {
    String s = r.text;
    int p = skip(s, f.end(), limit);
    CellWords.ChangeWord change = null;
    for (CellWords.ChangeWord w : CellWords.CHANGES) {
      if (wordAt(s, p, w.phrase(), limit)) {
        change = w;
        break;
      }
    }
    int afterChange = change == null ? p : p + change.phrase().length();
    int q = skip(s, afterChange, limit);
    Reference reference = null;
    String name = null;
    int end = afterChange;
    for (CellWords.ReferencePhrase ref : CellWords.REFERENCES) {
      if (wordAt(s, q, ref.phrase(), limit)) {
        reference = ref.reference();
        end = q + ref.phrase().length();
        break;
      }
    }
    if (reference == null) {
      for (String lead : CellWords.NAMED_REFERENCES) {
        if (CellWords.startsWithIgnoreCase(s, q, lead)) {
          int nameStart = q + lead.length();
          int nameEnd = nameStart;
          while (nameEnd < limit && Character.isLetterOrDigit(s.charAt(nameEnd))) {
            nameEnd++;
          }
          if (nameEnd > nameStart) {
            reference = Reference.NAMED_PERIOD;
            name = s.substring(nameStart, nameEnd);
            end = nameEnd;
          }
          break;
        }
      }
    }
    if (change == null && reference == null) {
      return null;
    }
    if (change != null && change.reference() != null) {
      reference = change.reference();
      name = null;
    }
    Sense sense = change == null ? Sense.AS_SIGNED : change.sense();
    Measure measure = measure(f.figure().value().unit(), reference);
    DerivationClaim claim =
        new DerivationClaim(
            reference == null ? Reference.UNSTATED : reference,
            Optional.ofNullable(name),
            measure,
            sense);
    ParsedFigure figure = f.figure();
    if ((sense == Sense.DECREASE || sense == Sense.UNDER) && figure.value().value().signum() > 0) {
      figure = negated(figure);
    } else if ((sense == Sense.DECREASE || sense == Sense.UNDER)
        && figure.value().value().signum() < 0) {
      r.doubt(true, "the figure " + figure.text() + " is negative and its words say it fell");
    }
    r.mask(f.end(), end);
    return new DerivedFigure(s.substring(f.start(), end).strip(), figure, claim);
  }

  /** The same claim, for a figure joined to a derived one by "or": "$0.36MM or 22% under plan". */
  static DerivedFigure withClaim(CellReading.Found f, DerivationClaim claim) {
    ParsedFigure figure = f.figure();
    DerivationClaim own =
        new DerivationClaim(
            claim.reference(),
            claim.referenceName(),
            measure(figure.value().unit(), claim.reference()),
            claim.sense());
    if ((claim.sense() == Sense.DECREASE || claim.sense() == Sense.UNDER)
        && figure.value().value().signum() > 0) {
      figure = negated(figure);
    }
    return new DerivedFigure(figure.text(), figure, own);
  }

  private static ParsedFigure negated(ParsedFigure f) {
    Quantity v = f.value();
    return new ParsedFigure(
        f.text(), v.withValue(v.value().negate()), f.rangeEnd(), f.comparison(), f.approximate());
  }

  private static Measure measure(Unit unit, @Nullable Reference reference) {
    if (unit.isPercent()) {
      return reference == Reference.TARGET ? Measure.SHARE : Measure.RELATIVE;
    }
    return switch (unit.symbol()) {
      case "pp" -> Measure.PERCENTAGE_POINTS;
      case "points" -> Measure.SCALE_POINTS;
      default -> Measure.DIFFERENCE;
    };
  }

  private static int skip(String s, int from, int limit) {
    int p = from;
    while (p < limit && (s.charAt(p) == ' ' || s.charAt(p) == ',')) {
      p++;
    }
    return p;
  }

  private static boolean wordAt(String s, int p, String phrase, int limit) {
    int end = p + phrase.length();
    return end <= limit
        && CellWords.startsWithIgnoreCase(s, p, phrase)
        && (end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)));
  }
}
