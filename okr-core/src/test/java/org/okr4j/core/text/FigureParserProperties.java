package org.okr4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.GeneratorCoverage;

class FigureParserProperties {
  /** The characters figures are made of, so that random strings often come close to one. */
  private static final String FIGURE_CHARS =
      "0123456789.,'\u2019 \u00a0\u202f+-\u2212\u2013\u2014()%/$\u20ac\u00a3\u00a5~\u2248<>=\u2264\u2265xkKMBbn";

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> nearFigures =
        Arbitraries.strings().withChars(FIGURE_CHARS).ofMinLength(0).ofMaxLength(16);
    Arbitrary<String> words =
        Arbitraries.of(
            "at least ",
            "under ",
            "about ",
            "days",
            " mins",
            "pp",
            " million",
            "USD ",
            " CHF",
            "(exact)",
            "(to the nearest ",
            "/5",
            "percent",
            "to",
            " billion",
            "maintainers");
    Arbitrary<String> mixed =
        Arbitraries.oneOf(nearFigures, words).list().ofMaxSize(5).map(l -> String.join("", l));
    return Arbitraries.oneOf(
        nearFigures,
        mixed,
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().ofLength(201));
  }

  @Property(tries = 12_000)
  void parse_throwsOnlyItsDocumentedException(
      @ForAll("texts") String text, @ForAll("locales") Locale locale) {
    String outcome;
    try {
      ParsedFigure figure = FigureParser.of(locale).parse(text, Unit.count("maintainers"));
      assertThat(figure.text()).isNotBlank();
      outcome = "figure";
    } catch (FigureParseException e) {
      assertThat(e.text()).isEqualTo(text);
      assertThat(e.index()).isBetween(0, text.length());
      outcome = "refused";
    }
    GeneratorCoverage.label("outcome").collect(outcome);
    GeneratorCoverage.label("outcome")
        .coverage(
            c -> {
              c.check("figure").percentage(p -> p > 2);
              c.check("refused").percentage(p -> p > 20);
            });
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(FigureFormatterProperties.LOCALES);
  }
}
