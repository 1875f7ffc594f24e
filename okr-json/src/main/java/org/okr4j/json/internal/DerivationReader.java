package org.okr4j.json.internal;

import static org.okr4j.json.internal.ReadContext.build;
import static org.okr4j.json.internal.ReadContext.requireMember;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.Derivation;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.DerivedFigure;
import org.okr4j.core.model.FigureRef;
import org.okr4j.core.time.Period;

/**
 * Reads an objective's derived figures: a stated figure with the derivation it claims over figures
 * of the report named by where they live.
 *
 * <p>Not thread-safe: belongs to the {@link ReadContext} of one document.
 */
final class DerivationReader {
  private static final List<String> FIGURE_MEMBERS =
      List.of("id", "keyResult", "period", "stated", "derivation");
  private static final List<String> DERIVATION_MEMBERS =
      List.of("kind", "of", "sense", "measure", "amount");
  private static final List<String> REF_MEMBERS =
      List.of("baseline", "target", "checkIn", "period", "fact", "index", "derived");

  private final ReadContext cx;
  private final Cursor in;

  DerivationReader(ReadContext cx) {
    this.cx = cx;
    this.in = cx.in;
  }

  DerivedFigure readDerivedFigure(JsonPath at) {
    Loc loc = in.loc(at);
    DerivedFigure.Builder figure = DerivedFigure.builder();
    Raw.StatedFigure[] stated = new Raw.StatedFigure[1];
    Derivation[] derivation = new Derivation[1];
    boolean[] seen = new boolean[1];
    in.object(
        at,
        "a derived figure object",
        (name, path) -> {
          switch (name) {
            case "id" -> {
              figure.id(in.string(path, "an id"));
              seen[0] = true;
            }
            case "keyResult" -> figure.keyResultId(in.string(path, "a key result id"));
            case "period" -> figure.period(cx.periods.readPeriod(path, "a period"));
            case "stated" -> stated[0] = cx.figures.readStatedFigure(path);
            case "derivation" -> derivation[0] = readDerivation(path);
            default -> throw in.unknownMember(path, name, FIGURE_MEMBERS);
          }
        });
    requireMember(seen[0], loc, "id");
    Raw.StatedFigure s = requireMember(stated[0], loc, "stated");
    figure.stated(cx.figures.resolveStated(s, null, false));
    figure.derivation(requireMember(derivation[0], loc, "derivation"));
    return build(loc, figure::build);
  }

  private Derivation readDerivation(JsonPath at) {
    Loc loc = in.loc(at);
    DerivationKind[] kind = new DerivationKind[1];
    List<FigureRef> operands = new ArrayList<>();
    ChangeSense[] sense = {ChangeSense.CHANGE};
    ChangeMeasure[] measure = new ChangeMeasure[1];
    BigDecimal[] amount = new BigDecimal[1];
    boolean[] of = new boolean[1];
    in.object(
        at,
        "a derivation object such as {\"kind\": \"share\", \"of\": [...]}",
        (name, path) -> {
          switch (name) {
            case "kind" -> kind[0] = cx.enumValue(DerivationKind.class, path, "a derivation kind");
            case "of" -> {
              of[0] = true;
              in.array(path, "an array of figure references", (p, i) -> operands.add(readRef(p)));
            }
            case "sense" -> sense[0] = cx.enumValue(ChangeSense.class, path, "a change sense");
            case "measure" ->
                measure[0] = cx.enumValue(ChangeMeasure.class, path, "a change measure");
            case "amount" -> amount[0] = in.decimal(path, "the change applied");
            default -> throw in.unknownMember(path, name, DERIVATION_MEMBERS);
          }
        });
    DerivationKind k = requireMember(kind[0], loc, "kind");
    requireMember(of[0], loc, "of");
    if (k == DerivationKind.APPLIED_CHANGE) {
      ChangeMeasure m = requireMember(measure[0], loc, "measure");
      BigDecimal a = requireMember(amount[0], loc, "amount");
      if (operands.size() != 1) {
        throw loc.error("an applied change derives from one figure, found " + operands.size());
      }
      return build(loc, () -> Derivation.appliedChange(operands.get(0), m, a));
    }
    if (measure[0] != null || amount[0] != null) {
      throw loc.error("\"measure\" and \"amount\" belong to an applied change only");
    }
    ChangeSense s = sense[0];
    return build(loc, () -> Derivation.of(k, operands).inSense(s));
  }

  private FigureRef readRef(JsonPath at) {
    Loc loc = in.loc(at);
    String[] place = new String[1];
    String[] id = new String[1];
    Period[] period = new Period[1];
    Integer[] index = new Integer[1];
    in.object(
        at,
        "a figure reference such as {\"baseline\": \"kr-id\"} or {\"checkIn\": \"kr-id\","
            + " \"period\": \"2020-06\"}",
        (name, path) -> {
          switch (name) {
            case "baseline", "target", "checkIn", "fact", "derived" -> {
              if (place[0] != null) {
                throw in.error(
                    path, "a figure reference names one place, found " + place[0] + " and " + name);
              }
              place[0] = name;
              id[0] = in.string(path, "an id");
            }
            case "period" -> period[0] = cx.periods.readPeriod(path, "a period");
            case "index" -> index[0] = in.decimal(path, "a fact index").intValueExact();
            default -> throw in.unknownMember(path, name, REF_MEMBERS);
          }
        });
    String p = requireMember(place[0], loc, "baseline, target, checkIn, fact or derived");
    String i = id[0];
    @Nullable Period pd = period[0];
    if (p.equals("checkIn") && pd == null) {
      throw loc.error("a check-in reference needs its \"period\"");
    }
    if (!p.equals("checkIn") && pd != null) {
      throw loc.error("only a check-in reference has a \"period\"");
    }
    if (!p.equals("fact") && index[0] != null) {
      throw loc.error("only a fact reference has an \"index\"");
    }
    return build(
        loc,
        () ->
            switch (p) {
              case "baseline" -> FigureRef.baseline(i);
              case "target" -> FigureRef.target(i);
              case "checkIn" -> FigureRef.checkIn(i, java.util.Objects.requireNonNull(pd));
              case "fact" -> FigureRef.fact(i, index[0] == null ? 0 : index[0]);
              default -> FigureRef.derived(i);
            });
  }
}
