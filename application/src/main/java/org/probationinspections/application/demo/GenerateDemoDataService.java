package org.probationinspections.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.demo.port.out.DemoTexts;
import org.probationinspections.application.demo.port.out.DemoWording;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.inspection.PublicationDate;
import org.probationinspections.domain.review.ObservationKind;
import org.probationinspections.domain.unit.UnitName;

/**
 * A generated dataset that looks like the real thing: the regions and their PDUs, two inspection
 * rounds, ratings drawn from realistic key-question results, recommendations, regional letters and
 * action plans with actions in every state. It goes in through the import use cases, so every
 * figure is computed by the rules. Its names and texts come from {@link DemoTexts}; the same texts
 * and seed give the same data.
 */
public record GenerateDemoDataService(
    DemoTexts texts,
    ImportInspectionUseCase inspections,
    ImportRegionalReviewUseCase reviews,
    ImportActionPlanUseCase plans,
    ImportPublishedOutcomesUseCase outcomes,
    UnitOfWork unitOfWork,
    Consumer<LocalDate> dating)
    implements GenerateDemoDataUseCase {

  private static final int[] ROUND_YEARS = {2023, 2025};

  /**
   * Stores each region's letter and plan (with its inspections) in one transaction, telling {@code
   * dating} the day each is written on: the letter's date, then the plan's.
   */

  /** Generates and stores the national dataset; returns the number of inspections made. */
  @Override
  public int generate(long seed) {
    return generate(1, seed, (done, total, made) -> {});
  }

  @Override
  public int generateAround(ImportPublishedOutcomesUseCase.Command record, long seed) {
    Set<String> published = new HashSet<>();
    for (ImportPublishedOutcomesUseCase.OutcomeRow row : record.rows()) {
      LocalDate day =
          PublicationDate.of(row.published(), row.publishedNote()).earliestDay().orElse(null);
      unitOfWork.inTransaction(
          () -> {
            dating.accept(day);
            outcomes.importOutcomes(
                new ImportPublishedOutcomesUseCase.Command(record.file(), List.of(row)));
            return null;
          });
      published.add(UnitName.orderFreeKey(row.pdu()));
    }
    dating.accept(null);
    return generate(1, seed, published, (done, total, made) -> {});
  }

  /**
   * Generates {@code scale} times the national dataset: below 1, that share of the regions; from 1
   * up, that many copies of the country (copy 2 has "North West 2" with "Cheshire West 2", and so
   * on). The same scale and seed give the same data. Returns the number of inspections made.
   */
  @Override
  public int generate(double scale, long seed, Progress progress) {
    return generate(scale, seed, Set.of(), progress);
  }

  /** The dataset without the PDUs whose names' order-free keys are in {@code leftOut}. */
  private int generate(double scale, long seed, Set<String> leftOut, Progress progress) {
    if (!(scale > 0) || scale > 10_000) {
      throw new IllegalArgumentException("scale must be above 0 and at most 10000, was " + scale);
    }
    DemoWording wording = texts.wording();
    List<DemoWording.Region> regions = wording.regions();
    DemoInspections drawInspection = new DemoInspections(wording);
    DemoActionPlans drawPlan = new DemoActionPlans(wording);
    int copies = scale < 1 ? 1 : (int) Math.round(scale);
    int regionsPerCopy =
        scale < 1 ? Math.max(1, (int) Math.round(regions.size() * scale)) : regions.size();
    Random random = new Random(seed);
    int made = 0;
    int done = 0;
    int total = 2 * copies * regionsPerCopy;
    for (int round = 0; round < ROUND_YEARS.length; round++) {
      for (int copy = 1; copy <= copies; copy++) {
        for (int regionIndex = 0; regionIndex < regionsPerCopy; regionIndex++) {
          DemoWording.Region region = regions.get(regionIndex);
          String suffix = copy == 1 ? "" : " " + copy;
          String regionName = region.name() + suffix;
          List<InspectionDocument> inspected = new ArrayList<>();
          List<String> pdus = region.pdus();
          int startMonth = 1 + (regionIndex * 11 + round * 5) % 9;
          for (int p = 0; p < pdus.size(); p += 2) {
            String pdu = pdus.get((p + round) % pdus.size()) + suffix;
            LocalDate fieldwork =
                LocalDate.of(ROUND_YEARS[round], startMonth, 1)
                    .plusWeeks(p)
                    .plusDays(random.nextInt(4));
            // Drawn all the same, so that the other PDUs get what they get without a record.
            InspectionDocument drawn =
                drawInspection.inspection(random, regionName, pdu, fieldwork);
            if (!leftOut.contains(UnitName.orderFreeKey(pdu))) {
              inspected.add(drawn);
              made++;
            }
          }
          if (inspected.isEmpty()) {
            progress.regionDone(++done, total, made);
            continue;
          }
          LocalDate letter =
              inspected.get(inspected.size() - 1).fieldworkStarted().orElseThrow().plusMonths(3);
          var review =
              new RegionalReviewDocument(
                  Optional.empty(),
                  regionName,
                  letter,
                  Optional.empty(),
                  List.of(),
                  List.of(),
                  observations(random, wording, drawInspection),
                  inspected,
                  List.of(),
                  Optional.empty());
          var plan = drawPlan.plan(random, regionName, letter, inspected);
          unitOfWork.inTransaction(
              () -> {
                dating.accept(letter);
                reviews.importReview(review);
                dating.accept(plan.submitted());
                plans.importPlan(plan);
                return null;
              });
          progress.regionDone(++done, total, made);
        }
      }
    }
    // Drawn apart from the rounds above, so that adding them changed none of their draws.
    Random regional = new Random(seed + 1);
    for (int copy = 1; copy <= copies; copy++) {
      for (int regionIndex = 0; regionIndex < regionsPerCopy; regionIndex++) {
        String regionName = regions.get(regionIndex).name() + (copy == 1 ? "" : " " + copy);
        made += regionalInspection(regional, drawInspection, drawPlan, regionName, regionIndex);
      }
    }
    return made;
  }

  /**
   * A region's inspection of its own in the programme since October 2023, after its PDUs', and the
   * plan that answers it, each stored on its day.
   */
  private int regionalInspection(
      Random random,
      DemoInspections drawInspection,
      DemoActionPlans drawPlan,
      String region,
      int regionIndex) {
    LocalDate fieldwork = LocalDate.of(2024, 3 + regionIndex % 9, 4).plusDays(random.nextInt(4));
    InspectionDocument inspection = drawInspection.regional(random, region, fieldwork);
    LocalDate published = fieldwork.plusMonths(3);
    unitOfWork.inTransaction(
        () -> {
          dating.accept(published);
          String id = inspections.importInspection(inspection).recordId();
          var plan = drawPlan.plan(random, region, published, List.of(inspection), Optional.of(id));
          dating.accept(plan.submitted());
          plans.importPlan(plan);
          return null;
        });
    return 1;
  }

  /** A letter's observations: under every theme, a key strength and a drawn area to improve. */
  private static List<ObservationDocument> observations(
      Random random, DemoWording wording, DemoInspections drawInspection) {
    DemoWording.Review texts = wording.review();
    List<ObservationDocument> observations = new ArrayList<>();
    for (String theme : texts.observationThemes()) {
      observations.add(
          new ObservationDocument(theme, ObservationKind.KEY_STRENGTH, texts.keyStrength()));
      observations.add(
          new ObservationDocument(
              theme,
              ObservationKind.KEY_AREA_FOR_IMPROVEMENT,
              Template.fill(
                  texts.areaForImprovement(),
                  "recommendation",
                  drawInspection.recommendation(random))));
    }
    return observations;
  }
}
