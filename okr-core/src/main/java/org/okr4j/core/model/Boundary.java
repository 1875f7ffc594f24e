package org.okr4j.core.model;

/**
 * Whether a threshold value itself counts as meeting it: {@code "< 13.2 min"} is exclusive, {@code
 * "at most 13.2 min"} inclusive.
 */
public enum Boundary {
  /** The threshold value itself meets the target ({@code <=}, {@code >=}). */
  INCLUSIVE,
  /** The threshold value itself does not meet the target ({@code <}, {@code >}). */
  EXCLUSIVE
}
