package org.okr4j.core.model;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds the first repeated key in a list, as the model's checks refuse them: key result and derived
 * figure ids within an objective, check-in periods within a key result.
 */
final class Repeats {
  /**
   * Up to this many keys are compared pair by pair (at most 120 comparisons), without the hash set,
   * its table and a node per key that a longer list needs.
   */
  static final int PAIRWISE_LIMIT = 16;

  private Repeats() {}

  /**
   * The first key that repeats an earlier one, in list order: the one on which adding each key to a
   * set in turn would first fail.
   *
   * @param items the items
   * @param key each item's key, not null
   * @return the repeated key, or null when every key is distinct
   */
  static <E, K> @Nullable K first(List<E> items, Function<? super E, ? extends K> key) {
    int n = items.size();
    if (n <= PAIRWISE_LIMIT) {
      for (int j = 1; j < n; j++) {
        K candidate = key.apply(items.get(j));
        for (int i = 0; i < j; i++) {
          if (candidate.equals(key.apply(items.get(i)))) {
            return candidate;
          }
        }
      }
      return null;
    }
    Set<K> seen = Sets.newHashSetWithExpectedSize(n);
    for (E item : items) {
      K candidate = key.apply(item);
      if (!seen.add(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
