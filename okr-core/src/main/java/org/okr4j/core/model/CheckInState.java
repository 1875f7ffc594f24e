package org.okr4j.core.model;

/**
 * A qualitative state reported at a check-in, instead of or beside a measured value. The text
 * printed in the report is kept beside it in {@link CheckIn#printed()}.
 */
public enum CheckInState {
  /** Work has not started ("Awaiting launch of survey"). */
  NOT_STARTED,
  /** Work is under way ("In progress"). */
  IN_PROGRESS,
  /** Reported on track, possibly with a caveat ("Slightly delayed but still on track"). */
  ON_TRACK,
  /** Reported at risk or needing attention ("Revisit &amp; Recommend"). */
  AT_RISK,
  /** Reported late against its plan. */
  DELAYED,
  /** Finished ("Done", "Completed"). */
  DONE,
  /** Cannot progress until something else happens ("Blocked on deployment of the MVP"). */
  BLOCKED,
  /** Deliberately moved to a later period ("Postponed"). */
  POSTPONED,
  /** Abandoned; no longer tracked. */
  DROPPED,
  /** The baseline is still being measured ("Setting baseline"). */
  SETTING_BASELINE,
  /** Not decided yet ("TBD", "Determining growth rate"). */
  TO_BE_DETERMINED,
  /** Reported without change and without a figure ("No change"). */
  NO_CHANGE,
  /** Being watched without a judgement ("Monitoring"). */
  MONITORING,
  /** Nothing to report for the period ("n/a", "-"). */
  NOT_APPLICABLE
}
