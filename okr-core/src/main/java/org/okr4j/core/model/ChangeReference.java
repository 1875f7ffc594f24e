package org.okr4j.core.model;

/** What a change is measured against. */
public enum ChangeReference {
  /** The key result's baseline. */
  BASELINE,
  /** The check-in of the period before: cycle time 10.3 days in Q2 → 14 days in Q3 is +36%. */
  PREVIOUS_PERIOD
}
