package org.okr4j.core.model;

/**
 * Whether an objective must be reached or is a stretch, as in Google's OKR practice: committed
 * objectives are expected to reach 1.0 (anything less needs explaining); aspirational objectives
 * are expected to reach about 0.7 on average.
 */
public enum ObjectiveKind {
  /** Expected to be reached in full: progress 1.0. */
  COMMITTED,
  /** A stretch: about 0.7 is a success. */
  ASPIRATIONAL
}
