package org.okr4j.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.json.OkrJson;

class TableImportTest {
  private static ImportResult csv() throws IOException {
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/test/resources/org/okr4j/importer/key-results.csv"),
            StandardCharsets.UTF_8)) {
      return TableImport.from(TableFormat.CSV)
          .withPeriod("FY2019/20 Q3")
          .withFiscalYearStart(Month.JULY)
          .withTitle("Developer productivity, Q3 FY20")
          .read(in);
    }
  }

  @Test
  void csvInTheDocumentedLayout_importsAndRoundTripsThroughOkrJson() throws IOException {
    ImportResult result = csv();
    Report draft = result.draft();
    assertThat(draft.title()).isEqualTo("Developer productivity, Q3 FY20");
    assertThat(draft.objectives())
        .extracting(o -> o.title())
        .containsExactly("Improve developer productivity", "Content integrity");
    KeyResult cycle = draft.keyResult("cycle-time").orElseThrow();
    assertThat(cycle.baseline().orElseThrow().value())
        .isEqualTo(Quantity.of(new BigDecimal("11.6"), Unit.days()));
    assertThat(cycle.target())
        .isEqualTo(Target.relativeChange(BigDecimal.valueOf(-10)).printedAs("10% decrease"));
    assertThat(cycle.checkIns()).hasSize(3);
    assertThat(cycle.checkIns().get(2).statedChanges().get(0).figure().value())
        .isEqualTo(Quantity.of(new BigDecimal("36"), Unit.percent()));
    KeyResult reviews = draft.keyResult("outstanding-reviews").orElseThrow();
    assertThat(reviews.checkIns().get(0).value()).contains(Quantity.exact(442, Unit.count()));
    assertThat(reviews.checkIns().get(0).statedChanges().get(0).claimedBasis())
        .isEqualTo(
            ChangeBasis.of(
                ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.IMPROVEMENT));
    assertThat(draft.keyResult("coordinators").orElseThrow().checkIns().get(1).state())
        .contains(CheckInState.BLOCKED);
    assertThat(draft.keyResult("ci-services").orElseThrow().target().kind())
        .isEqualTo(Target.Kind.THRESHOLD);
    OkrJson json = OkrJson.create();
    assertThat(json.readReport(json.writeReport(draft))).isEqualTo(draft);
    assertThat(result.notes()).isNotEmpty();
    assertThat(result.cells()).hasSize(25);
  }

  @Test
  void markdownPipeTable_withHtmlAndBaselineInTheStatement() {
    String md =
        """
        # Quality Q3 FY20

        ## Objective:
        **Ship better code**

        | Key result | Y1 Goal | Q1 | Q2 |
        |---|---|---|---|
        | Deploy 8 <i>new</i> tools <b>Baseline:</b> 0 | 8 | 4 | <b>6</b> Done |
        """;
    ImportResult r =
        TableImport.from(TableFormat.MARKDOWN)
            .withFiscalYearStart(Month.JULY)
            .read(new StringReader(md));
    assertThat(r.draft().period().label()).isEqualTo("FY2019/20 Q3");
    assertThat(r.draft().title()).isEqualTo("Quality Q3 FY20");
    KeyResult k = r.draft().allKeyResults().get(0);
    assertThat(k.statement()).isEqualTo("Deploy 8 new tools");
    assertThat(r.draft().objectives().get(0).title()).isEqualTo("Ship better code");
    assertThat(k.baseline().orElseThrow().value()).isEqualTo(Quantity.exact(0, Unit.count()));
    assertThat(k.checkIns().get(1).value()).contains(Quantity.exact(6, Unit.count()));
    assertThat(k.checkIns().get(1).state()).contains(CheckInState.DONE);
    assertThat(k.checkIns().get(1).printed()).contains("6 Done");
  }

  private static KeyResult onlyRow(String tsv) {
    ImportResult r =
        TableImport.from(TableFormat.TSV)
            .withPeriod("FY2019/20 Q3")
            .withFiscalYearStart(Month.JULY)
            .read(new StringReader(tsv));
    assertThat(r.draft().allKeyResults()).hasSize(1);
    return r.draft().allKeyResults().get(0);
  }

  @Test
  void theStatementsFirstSenseWord_givesTheDirection() {
    KeyResult mixed =
        onlyRow(
            "Key result\tGoal\tQ1\nIncrease in satisfaction and 20% decrease in reviews"
                + " Baseline: 3.8 / 5\t4% (3.9)\t3.9\n");
    assertThat(mixed.metric().orElseThrow().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(mixed.target())
        .isEqualTo(
            Target.relativeChange(BigDecimal.valueOf(4))
                .withStatedValue(
                    StatedFigure.of(
                        "3.9",
                        Quantity.of(
                            new BigDecimal("3.9"),
                            Unit.scoreOutOf(5),
                            Precision.toNearest(new BigDecimal("0.1")))))
                .printedAs("4% (3.9)"));
    KeyResult falls =
        onlyRow("Key result\tGoal\tQ1\nReduce review time, then increase reviewers\t5\t6\n");
    assertThat(falls.metric().orElseThrow().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void aBarePercentageGoal_ofACountedMetric_isARelativeChange() {
    KeyResult k =
        onlyRow(
            "Key result\tGoal\tQ1\tQ2\n30% increase of tool maintainers Baseline: 1880"
                + " maintainers.\t5%\tSetting baseline\tX% (1889)\n");
    assertThat(k.metric().orElseThrow().unit()).isEqualTo(Unit.count());
    assertThat(k.baseline().orElseThrow().printed()).contains("1880 maintainers");
    assertThat(k.target()).isEqualTo(Target.relativeChange(BigDecimal.valueOf(5)).printedAs("5%"));
    assertThat(k.checkIns().get(1).value()).contains(Quantity.exact(1889, Unit.count()));
    KeyResult down = onlyRow("Key result\tGoal\tQ1\nFewer open bugs Baseline: 120\t10%\t110\n");
    assertThat(down.target())
        .isEqualTo(Target.relativeChange(BigDecimal.valueOf(-10)).printedAs("10%"));
  }

  @Test
  void aPercentageGoalOfAPercentMetric_isPointsFromZero_andAValueOtherwise() {
    KeyResult fromZero =
        onlyRow("Key result\tGoal\tQ1\n25% increase in code quality Baseline: 0%\t5%\t2%\n");
    assertThat(fromZero.target())
        .isEqualTo(Target.percentagePoints(BigDecimal.valueOf(5)).printedAs("5%"));
    KeyResult fromTen =
        onlyRow("Key result\tGoal\tQ1\n25% increase in code quality Baseline: 10%\t15%\t12%\n");
    assertThat(fromTen.target().kind()).isEqualTo(Target.Kind.VALUE);
    KeyResult noChangeWord = onlyRow("Key result\tGoal\tQ1\nCode quality Baseline: 0%\t5%\t2%\n");
    assertThat(noChangeWord.target().kind()).isEqualTo(Target.Kind.VALUE);
  }

  @Test
  void aCheckInPrintedOnlyAsABound_isInProgressWithNoFigure() {
    KeyResult k = onlyRow("Key result\tGoal\tQ1\tQ2\nCode quality Baseline: 0%\t5%\t<1%\t≥2%\n");
    assertThat(k.checkIns()).hasSize(2);
    assertThat(k.checkIns().get(0).value()).isEmpty();
    assertThat(k.checkIns().get(0).state()).contains(CheckInState.IN_PROGRESS);
    assertThat(k.checkIns().get(0).note())
        .contains("Reported only as below 1%; no figure to record.");
    assertThat(k.checkIns().get(0).printed()).contains("<1%");
    assertThat(k.checkIns().get(1).note())
        .contains("Reported only as at least 2%; no figure to record.");
  }

  @Test
  void tsv_andBadInput() {
    String tsv = "\tGoal\tFY2020 Q1\nReach 5 wikis\t5\t~2\n";
    ImportResult r =
        TableImport.from(TableFormat.TSV).withPeriod("FY2020 Q1").read(new StringReader(tsv));
    assertThat(r.draft().allKeyResults()).hasSize(1);
    assertThat(r.draft().allKeyResults().get(0).checkIns()).isEmpty();
    assertThat(r.notes()).anyMatch(n -> n.toString().contains("approximate"));
    assertThatThrownBy(
            () -> TableImport.from(TableFormat.TSV).read(new StringReader("\tGoal\tQ1\nA\t5\t2\n")))
        .hasMessageContaining("withPeriod");
    assertThat(TableFormat.parse(" Markdown ")).isEqualTo(TableFormat.MARKDOWN);
    assertThat(TableFormat.parse("md")).isEqualTo(TableFormat.MARKDOWN);
    assertThat(TableFormat.parse("TSV")).isEqualTo(TableFormat.TSV);
    assertThat(TableFormat.parse("csv")).isEqualTo(TableFormat.CSV);
    assertThatThrownBy(() -> TableFormat.parse("xlsx"))
        .hasMessageContaining("markdown, tsv or csv");
  }
}
