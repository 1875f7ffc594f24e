package org.okr4j.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.status.Status;

/** Everything the scorecard prints, computed once by {@link ScorecardBuilder}. */
record ScorecardData(
    String title,
    Optional<String> organization,
    String period,
    String goalPeriod,
    LocalDate asOf,
    List<String> quarters,
    List<ObjectiveCard> objectives,
    List<AuditFinding> audit,
    List<ColourCheck> colours,
    List<Agreement> agreements) {

  /** An objective and its key results; {@code depth} is 0 for a top-level objective. */
  record ObjectiveCard(
      String id,
      String title,
      int depth,
      Optional<StatedStatus> stated,
      Map<String, Status> derived,
      List<KeyResultCard> keyResults) {}

  /** One key result's row. */
  record KeyResultCard(
      String id,
      String statement,
      String metric,
      String baseline,
      String target,
      Optional<String> headline,
      List<String> quarterTexts,
      Outcome<Progress> progress,
      String changeBasis,
      Outcome<Change> changeVsBaseline,
      Outcome<Change> changeVsPrevious,
      Map<String, Status> derived,
      Optional<StatedStatus> stated) {}

  /** A stated colour beside the colours derived under each rule set. */
  record ColourCheck(
      String objectiveId,
      String title,
      StatusColor stated,
      boolean derivable,
      Map<String, Status> derived) {}

  /** How many stated colours one rule set reproduces. */
  record Agreement(String ruleSet, int agreeing, int stated, int derivable) {}
}
