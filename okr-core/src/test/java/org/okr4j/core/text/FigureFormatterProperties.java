package org.okr4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.quantity.DecimalLimits;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;

class FigureFormatterProperties {
  /**
   * Every locale the parser and formatter support in the tests: English, German, French and more.
   */
  static final List<Locale> LOCALES =
      List.of(
          Locale.ENGLISH,
          Locale.US,
          Locale.UK,
          Locale.GERMANY,
          Locale.FRANCE,
          Locale.ITALY,
          Locale.forLanguageTag("de-CH"),
          Locale.forLanguageTag("es-ES"),
          Locale.forLanguageTag("nl-NL"),
          Locale.forLanguageTag("pt-BR"),
          Locale.forLanguageTag("fr-CA"));

  /** Every kind of unit: built-in, counted nouns, scores, currencies, pp, multiples, any symbol. */
  static final List<Unit> UNITS =
      List.of(
          Unit.count(),
          Unit.count("code reviews"),
          Unit.count("maintainers"),
          Unit.percent(),
          Unit.ratio(),
          Unit.days(),
          Unit.hours(),
          Unit.minutes(),
          Unit.scoreOutOf(5),
          Unit.scoreOutOf(10),
          Unit.scoreOutOf(new BigDecimal("2.5")),
          Unit.scoreOutOf(1000),
          Unit.of("pp"),
          Unit.of("points"),
          Unit.of("x"),
          Unit.of("USD"),
          Unit.of("EUR"),
          Unit.of("GBP"),
          Unit.of("JPY"),
          Unit.of("CHF"),
          Unit.of("MB"));

  @Provide
  Arbitrary<Quantity> quantities() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.oneOf(
            Arbitraries.just(BigInteger.ZERO),
            Arbitraries.longs().between(-100_000, 100_000).map(BigInteger::valueOf),
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(17).negate(), BigInteger.TEN.pow(17)));
    Arbitrary<BigDecimal> values =
        Combinators.combine(unscaled, Arbitraries.integers().between(-9, 12))
            .as(BigDecimal::new)
            .filter(DecimalLimits::isWithinLimits);
    Arbitrary<Precision> precisions =
        Arbitraries.oneOf(
            Arbitraries.just(Precision.exact()),
            Arbitraries.integers().between(-12, 12).map(Precision::decimals),
            Arbitraries.of("0.25", "0.5", "2.5", "20")
                .map(s -> Precision.toNearest(new BigDecimal(s))));
    // A stated value lies on its precision's step (Quantity refuses others): k × step, or any
    // value when exact.
    return Combinators.combine(values, unscaled, Arbitraries.of(UNITS), precisions)
        .as(
            (v, k, u, p) ->
                p.step()
                    .map(step -> step.multiply(new BigDecimal(k)))
                    .filter(DecimalLimits::isWithinLimits)
                    .map(onStep -> Optional.of(Quantity.of(onStep, u, p)))
                    .orElseGet(
                        () ->
                            p.step().isPresent()
                                ? Optional.<Quantity>empty()
                                : Optional.of(Quantity.of(v, u, p))))
        .filter(Optional::isPresent)
        .map(Optional::orElseThrow);
  }

  @Property(tries = 3000)
  void formatThenParse_isTheIdentity(
      @ForAll("quantities") Quantity quantity, @ForAll("locales") Locale locale) {
    String text = FigureFormatter.of(locale).format(quantity);
    ParsedFigure back = FigureParser.of(locale).parse(text, quantity.unit());
    GeneratorCoverage.label("form").collect(form(text));
    assertThat(back.value()).as(text).isEqualTo(quantity);
    assertThat(back.isPlain()).isTrue();
    GeneratorCoverage.label("form")
        .coverage(
            c -> {
              c.check("digits").percentage(p -> p > 10);
              c.check("magnitude").percentage(p -> p > 3);
              c.check("exact").percentage(p -> p > 3);
              c.check("marker").percentage(p -> p > 3);
            });
  }

  @Property(tries = 500)
  void formatThenParse_withoutTheUnitGiven_forUnitsThatPrintTheirOwn(
      @ForAll("quantities") Quantity quantity, @ForAll("locales") Locale locale) {
    Unit.Kind kind = quantity.unit().kind();
    boolean printsOwnUnit =
        kind == Unit.Kind.PERCENT
            || kind == Unit.Kind.SCORE
            || kind == Unit.Kind.DURATION
            || quantity.unit().equals(Unit.count())
            || (kind == Unit.Kind.OTHER && !quantity.unit().symbol().equals("MB"));
    GeneratorCoverage.label("own unit").collect(printsOwnUnit);
    if (printsOwnUnit) {
      String text = FigureFormatter.of(locale).format(quantity);
      assertThat(FigureParser.of(locale).parse(text).value()).as(text).isEqualTo(quantity);
    }
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(LOCALES);
  }

  private static String form(String text) {
    if (text.endsWith("(exact)")) {
      return "exact";
    }
    if (text.contains("(to the nearest")) {
      return "marker";
    }
    return text.matches(".*\\d[kMB]\\b.*") ? "magnitude" : "digits";
  }
}
