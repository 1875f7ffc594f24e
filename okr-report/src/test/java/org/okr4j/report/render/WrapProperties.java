package org.okr4j.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class WrapProperties {
  @Property
  void linesFitAndKeepEveryCharacter(
      @ForAll @StringLength(max = 400) String text,
      @ForAll @IntRange(min = 12, max = 200) int width,
      @ForAll @IntRange(min = 0, max = 10) int indent) {
    Assume.that(width > indent + 2);
    String first = " ".repeat(indent) + "- ";
    String rest = " ".repeat(indent + 2);
    List<String> lines = Wrap.lines(text, width, first, rest);
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    CharMatcher space = CharMatcher.whitespace();
    assertThat(space.removeFrom(String.join("", lines))).isEqualTo(space.removeFrom("-" + text));
  }
}
