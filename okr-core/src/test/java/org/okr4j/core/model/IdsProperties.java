package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okr4j.core.testing.GeneratorCoverage;

/** The id rule checked character by character agrees with its regular expression. */
class IdsProperties {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  @Provide
  Arbitrary<String> ids() {
    // Letters and digits at both ends of their ranges, the three marks, and their neighbours.
    return Arbitraries.strings()
        .withChars("aAzZ09mQ5._-@[`{/:, \u00e9")
        .ofMinLength(0)
        .ofMaxLength(102)
        .edgeCases(e -> e.add("a".repeat(100)).add("a".repeat(101)));
  }

  @Property
  void isValid_agreesWithThePattern(@ForAll("ids") String id) {
    boolean expected = ID.matcher(id).matches();
    GeneratorCoverage.label("valid").collect(expected);
    GeneratorCoverage.label("valid")
        .coverage(
            c -> {
              c.check(true).percentage(p -> p > 0.5);
              c.check(false).percentage(p -> p > 10);
            });
    assertThat(Ids.isValid(id)).isEqualTo(expected);
  }

  @Example
  void boundaries() {
    assertThat(Ids.isValid("a".repeat(100))).isTrue();
    assertThat(Ids.isValid("a".repeat(101))).isFalse();
    assertThat(Ids.isValid("")).isFalse();
    for (String ok : new String[] {"a", "z", "A", "Z", "0", "9", "a.b", "a_b", "a-b", "9-"}) {
      assertThat(Ids.isValid(ok)).as(ok).isTrue();
    }
    for (String bad : new String[] {".a", "_a", "-a", "a@", "a[", "a`", "a{", "a/", "a:", "é"}) {
      assertThat(Ids.isValid(bad)).as(bad).isFalse();
    }
    assertThatThrownBy(() -> Ids.check("a b", "key result id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key result id (\"a b\") must be 1 to 100 letters, digits, '.', '_' or '-', starting"
                + " with a letter or digit");
  }
}
