package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The first repeated key, pair by pair for short lists and in a set for long ones. */
class RepeatsProperties {
  /**
   * Lists of keys on either side of the pairwise limit, drawn from few letters so that some repeat.
   */
  @Provide
  Arbitrary<List<String>> idLists() {
    return Arbitraries.strings()
        .withChars("abc")
        .ofMinLength(1)
        .ofMaxLength(3)
        .list()
        .ofMinSize(0)
        .ofMaxSize(3 * Repeats.PAIRWISE_LIMIT);
  }

  @Property(tries = 2000)
  void first_isWhereAddingToASetFirstFails(@ForAll("idLists") List<String> ids) {
    Set<String> seen = new HashSet<>();
    String expected = null;
    for (String id : ids) {
      if (!seen.add(id)) {
        expected = id;
        break;
      }
    }
    assertThat(Repeats.first(ids, Function.identity())).isEqualTo(expected);
    Statistics.label("pairwise").collect(ids.size() <= Repeats.PAIRWISE_LIMIT);
    Statistics.label("repeated").collect(expected != null);
  }
}
