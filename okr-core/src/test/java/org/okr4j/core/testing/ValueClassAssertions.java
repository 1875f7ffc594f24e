package org.okr4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reflection checks that a value type cannot be changed once built. */
public final class ValueClassAssertions {
  private ValueClassAssertions() {}

  /**
   * Asserts that {@code type} is final, or abstract with no public or protected constructor (so
   * that nobody outside the library can subclass it), and that every instance field it declares,
   * and every instance field of its superclasses, is final.
   *
   * @param type a public value type
   */
  public static void assertImmutableValueClass(Class<?> type) {
    int modifiers = type.getModifiers();
    assertThat(Modifier.isPublic(modifiers)).as("%s is public", type.getName()).isTrue();
    assertThat(Modifier.isFinal(modifiers) || Modifier.isAbstract(modifiers))
        .as("%s is final or abstract", type.getName())
        .isTrue();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      assertThat(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))
          .as("constructor %s is public or protected", c)
          .isFalse();
    }
    assertFieldsFinal(type);
  }

  /**
   * Asserts that a public builder class is final and has no public or protected constructor, so
   * that builders come only from the value type's {@code builder()} factory.
   *
   * @param type the builder class
   */
  public static void assertClosedBuilder(Class<?> type) {
    int modifiers = type.getModifiers();
    assertThat(Modifier.isPublic(modifiers) && Modifier.isFinal(modifiers))
        .as("%s is public and final", type.getName())
        .isTrue();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      assertThat(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))
          .as("constructor %s is public or protected", c)
          .isFalse();
    }
  }

  /**
   * Asserts that the runtime class of {@code value} (a generated implementation, for an Immutables
   * type) is final and that every instance field of it and its superclasses is final.
   *
   * @param value a built value
   */
  public static void assertImmutableInstance(Object value) {
    Class<?> type = value.getClass();
    assertThat(Modifier.isFinal(type.getModifiers()))
        .as("runtime class %s is final", type.getName())
        .isTrue();
    assertFieldsFinal(type);
  }

  /**
   * Asserts that a collection returned by a value refuses modification.
   *
   * @param <E> the element type
   * @param collection the returned collection
   * @param element an element of the right type to try adding
   */
  public static <E> void assertUnmodifiable(Collection<E> collection, E element) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> collection.add(element))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(collection::clear)
        .isInstanceOf(UnsupportedOperationException.class);
    if (collection instanceof List<E> list) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> list.add(0, element))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  /**
   * Asserts that a map returned by a value refuses modification.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param map the returned map
   * @param key a key
   * @param value a value
   */
  public static <K, V> void assertUnmodifiable(Map<K, V> map, K key, V value) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.put(key, value))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(map::clear)
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Asserts that a handful of pairwise-unequal values do not all share one hash code: a hash that
   * is the same for every value keeps the {@code hashCode} contract but turns every hash table of
   * them into a list. At least two distinct hashes among the values is the (loose) quality bar; it
   * does not fix any particular hash value.
   *
   * @param first a value
   * @param second a value unequal to {@code first}
   * @param third a value unequal to both
   * @param more further values, each unequal to every other
   */
  public static void assertHashesSpread(Object first, Object second, Object third, Object... more) {
    List<Object> values = new ArrayList<>(List.of(first, second, third));
    values.addAll(List.of(more));
    Set<Integer> hashes = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        assertThat(values.get(i)).as("sample %d vs sample %d", i, j).isNotEqualTo(values.get(j));
      }
      hashes.add(values.get(i).hashCode());
    }
    assertThat(hashes).as("distinct hash codes of %s", values).hasSizeGreaterThan(1);
  }

  private static void assertFieldsFinal(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) || f.isSynthetic()) {
          continue;
        }
        assertThat(Modifier.isFinal(m)).as("field %s is final", f).isTrue();
      }
    }
  }
}
