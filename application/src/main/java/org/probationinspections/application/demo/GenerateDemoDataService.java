package org.probationinspections.application.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportInspectionUseCase;
import org.probationinspections.application.importing.port.in.ImportRegionalReviewUseCase;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.KeyQuestionDocument;
import org.probationinspections.application.port.in.interchange.ObservationDocument;
import org.probationinspections.application.port.in.interchange.ProgressDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.port.in.interchange.TargetRevisionDocument;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.review.ObservationKind;

/**
 * A generated dataset that looks like the real thing: the twelve regions and their PDUs, two
 * inspection rounds, ratings drawn from realistic key-question results, recommendations, regional
 * letters and action plans with actions in every state. It goes in through the import use cases, so
 * every figure is computed by the rules. The same seed gives the same data.
 */
public final class GenerateDemoDataService implements GenerateDemoDataUseCase {

  private static final Map<String, List<String>> REGIONS = new LinkedHashMap<>();

  static {
    REGIONS.put(
        "North West",
        List.of(
            "Cheshire West",
            "Cheshire East",
            "Blackburn with Darwen",
            "Knowsley and St Helens",
            "Liverpool North",
            "Liverpool South",
            "Cumbria",
            "Wirral",
            "Sefton",
            "Lancashire North",
            "Preston",
            "Warrington and Halton"));
    REGIONS.put(
        "North East",
        List.of(
            "County Durham and Darlington",
            "Gateshead and South Tyneside",
            "Newcastle upon Tyne",
            "Northumberland and North Tyneside",
            "Redcar, Cleveland and Middlesbrough",
            "Stockton and Hartlepool",
            "Sunderland"));
    REGIONS.put(
        "Yorkshire and the Humber",
        List.of(
            "Bradford and Calderdale",
            "Doncaster",
            "Hull and East Riding",
            "Kirklees",
            "Leeds",
            "North Yorkshire",
            "Rotherham",
            "Sheffield",
            "Wakefield"));
    REGIONS.put(
        "Greater Manchester",
        List.of(
            "Bolton",
            "Bury and Rochdale",
            "Manchester North",
            "Manchester South",
            "Oldham",
            "Salford",
            "Stockport and Trafford",
            "Tameside",
            "Wigan"));
    REGIONS.put(
        "East Midlands",
        List.of(
            "Derby City",
            "Derbyshire",
            "Leicester",
            "Leicestershire and Rutland",
            "Lincolnshire",
            "Northamptonshire",
            "Nottingham City",
            "Nottinghamshire"));
    REGIONS.put(
        "West Midlands",
        List.of(
            "Birmingham Central and South",
            "Birmingham North, East and Solihull",
            "Coventry",
            "Dudley and Sandwell",
            "Staffordshire",
            "Stoke-on-Trent",
            "Walsall and Wolverhampton",
            "Warwickshire",
            "West Mercia"));
    REGIONS.put(
        "East of England",
        List.of(
            "Bedfordshire",
            "Cambridgeshire",
            "Essex North",
            "Essex South",
            "Hertfordshire",
            "Norfolk",
            "Peterborough",
            "Suffolk"));
    REGIONS.put(
        "Wales",
        List.of(
            "Cardiff and the Vale",
            "Cwm Taf Morgannwg",
            "Dyfed-Powys",
            "Gwent",
            "North Wales",
            "Swansea, Neath Port Talbot"));
    REGIONS.put(
        "London",
        List.of(
            "Barnet, Brent and Enfield",
            "Camden and Islington",
            "Croydon",
            "Ealing and Hillingdon",
            "Hackney and City",
            "Lambeth",
            "Lewisham and Bromley",
            "Southwark",
            "Tower Hamlets",
            "Westminster"));
    REGIONS.put(
        "Kent, Surrey and Sussex",
        List.of(
            "Brighton and East Sussex",
            "Kent Central",
            "Kent East",
            "Kent North",
            "Surrey",
            "West Sussex"));
    REGIONS.put(
        "South West",
        List.of(
            "Avon and Somerset North",
            "Bristol and South Gloucestershire",
            "Cornwall and Isles of Scilly",
            "Devon and Torbay",
            "Dorset",
            "Gloucestershire",
            "Plymouth",
            "Wiltshire"));
    REGIONS.put(
        "South Central",
        List.of(
            "Buckinghamshire and Milton Keynes",
            "Hampshire North and East",
            "Isle of Wight",
            "Oxfordshire",
            "Portsmouth",
            "Southampton",
            "West Berkshire and Reading"));
  }

  private static final String[] THEMES = {
    "ensure management oversight is effective in keeping people safe",
    "follow up on domestic abuse and child safeguarding checks with the police and children's social care",
    "increase the use of commissioned rehabilitative services to support desistance",
    "take greater account of the views of people on probation to inform services",
    "ensure staff have the knowledge and skills to work with people from minority ethnic backgrounds",
    "improve the quality of recording on the Violent and Sex Offender Register",
    "ensure unpaid work requirements start promptly",
    "improve the quality of court reports to inform sentencing",
    "improve enforcement practice when people do not comply",
    "improve pre-release engagement and planning with local prisons",
    "ensure offices have reliable Wi-Fi and suitable buildings",
    "support newly qualified staff with protected caseloads and training"
  };

  private static final String[] OWNERS = {
    "Head of PDU", "Head of Public Protection", "Head of Performance and Quality",
    "Regional Equality Lead", "Head of Community Integration",
        "Deputy Director, Probation Workforce Programme"
  };

  private final ImportInspectionUseCase inspections;
  private final ImportRegionalReviewUseCase reviews;
  private final ImportActionPlanUseCase plans;
  private final UnitOfWork unitOfWork;
  private final java.util.function.Consumer<LocalDate> dating;

  public GenerateDemoDataService(
      ImportInspectionUseCase inspections,
      ImportRegionalReviewUseCase reviews,
      ImportActionPlanUseCase plans) {
    this(
        inspections,
        reviews,
        plans,
        new UnitOfWork() {
          @Override
          public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
          }

          @Override
          public <T> T reading(java.util.function.Supplier<T> work) {
            return work.get();
          }
        },
        day -> {});
  }

  /**
   * As above, storing each region's letter and plan (with its inspections) in one transaction, and
   * telling {@code dating} the day each is written on: the letter's date, then the plan's.
   */
  public GenerateDemoDataService(
      ImportInspectionUseCase inspections,
      ImportRegionalReviewUseCase reviews,
      ImportActionPlanUseCase plans,
      UnitOfWork unitOfWork,
      java.util.function.Consumer<LocalDate> dating) {
    this.inspections = inspections;
    this.reviews = reviews;
    this.plans = plans;
    this.unitOfWork = unitOfWork;
    this.dating = dating;
  }

  /** Generates and stores the national dataset; returns the number of inspections made. */
  @Override
  public int generate(long seed) {
    return generate(1, seed, (done, total, made) -> {});
  }

  /**
   * Generates {@code scale} times the national dataset: below 1, that share of the regions; from 1
   * up, that many copies of the country (copy 2 has "North West 2" with "Cheshire West 2", and so
   * on). The same scale and seed give the same data. Returns the number of inspections made.
   */
  @Override
  public int generate(double scale, long seed, Progress progress) {
    if (!(scale > 0) || scale > 10_000) {
      throw new IllegalArgumentException("scale must be above 0 and at most 10000, was " + scale);
    }
    int copies = scale < 1 ? 1 : (int) Math.round(scale);
    int regionsPerCopy =
        scale < 1 ? Math.max(1, (int) Math.round(REGIONS.size() * scale)) : REGIONS.size();
    Random random = new Random(seed);
    int made = 0;
    int done = 0;
    int total = 2 * copies * regionsPerCopy;
    int[] roundYears = {2023, 2025};
    for (int round = 0; round < roundYears.length; round++) {
      for (int copy = 1; copy <= copies; copy++) {
        int regionIndex = 0;
        for (var region : REGIONS.entrySet()) {
          if (regionIndex == regionsPerCopy) {
            break;
          }
          String suffix = copy == 1 ? "" : " " + copy;
          String regionName = region.getKey() + suffix;
          List<InspectionDocument> inspected = new ArrayList<>();
          List<String> pdus = region.getValue();
          int startMonth = 1 + (regionIndex * 11 + round * 5) % 9;
          for (int p = 0; p < pdus.size(); p += 2) {
            String pdu = pdus.get((p + round) % pdus.size()) + suffix;
            LocalDate fieldwork =
                LocalDate.of(roundYears[round], startMonth, 1)
                    .plusWeeks(p)
                    .plusDays(random.nextInt(4));
            inspected.add(inspection(random, regionName, pdu, fieldwork));
            made++;
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
                  observations(random),
                  inspected,
                  List.of());
          var plan = plan(random, regionName, letter, inspected);
          unitOfWork.inTransaction(
              () -> {
                dating.accept(letter);
                reviews.importReview(review);
                dating.accept(plan.submitted());
                plans.importPlan(plan);
                return null;
              });
          regionIndex++;
          progress.regionDone(++done, total, made);
        }
      }
    }
    return made;
  }

  private static InspectionDocument inspection(
      Random random, String region, String pdu, LocalDate fieldwork) {
    int quality = random.nextInt(45);
    List<StandardDocument> standards = new ArrayList<>();
    Map<String, String> names =
        Map.of(
            "2.1",
            "Court work",
            "2.2",
            "Assessment",
            "2.3",
            "Planning",
            "2.4",
            "Implementation and delivery",
            "2.5",
            "Reviewing");
    int worstCaseScore = 3;
    int bestCaseScore = 0;
    boolean courtWorkRated = random.nextInt(3) > 0;
    for (String code : List.of("2.1", "2.2", "2.3", "2.4", "2.5")) {
      if (code.equals("2.1") && !courtWorkRated) {
        standards.add(
            new StandardDocument(
                code,
                names.get(code),
                Optional.of(Rating.NOT_RATED),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of()));
        continue;
      }
      List<KeyQuestionDocument> questions = new ArrayList<>();
      for (String focus :
          List.of("engaging the person on probation", "desistance", "keeping other people safe")) {
        int spread = focus.startsWith("keeping") ? 25 : 0;
        int percent = Math.max(5, Math.min(98, 40 + quality + random.nextInt(30) - spread));
        questions.add(
            new KeyQuestionDocument("Does the work focus sufficiently on " + focus + "?", percent));
      }
      int lowest = questions.stream().mapToInt(KeyQuestionDocument::percentYes).min().orElseThrow();
      int score = lowest >= 80 ? 3 : lowest >= 65 ? 2 : lowest >= 50 ? 1 : 0;
      worstCaseScore = Math.min(worstCaseScore, score);
      bestCaseScore = Math.max(bestCaseScore, score);
      standards.add(
          new StandardDocument(
              code,
              names.get(code),
              Optional.empty(),
              Optional.empty(),
              questions,
              List.of(),
              List.of()));
    }
    Rating leadershipCeiling =
        worstCaseScore == 0 ? Rating.REQUIRES_IMPROVEMENT : Rating.OUTSTANDING;
    String[][] domainOne = {
      {"1.1", "Leadership"},
      {"1.2", "Staff"},
      {"1.3", "Services"},
      {"1.4", "Information and facilities"}
    };
    for (String[] standard : domainOne) {
      Rating judged = judgement(random, quality);
      if (standard[0].equals("1.1") && !judged.isAtMost(leadershipCeiling)) {
        judged = leadershipCeiling;
      }
      // The decision rules: every case-supervision standard Inadequate makes leadership Inadequate.
      if (standard[0].equals("1.1") && bestCaseScore == 0) {
        judged = Rating.INADEQUATE;
      }
      if (standard[0].equals("1.3")
          && worstCaseScore == 0
          && !judged.isAtMost(Rating.REQUIRES_IMPROVEMENT)) {
        judged = Rating.REQUIRES_IMPROVEMENT;
      }
      standards.add(
          0,
          new StandardDocument(
              standard[0],
              standard[1],
              Optional.empty(),
              Optional.of(judged),
              List.of(),
              List.of("Leaders communicated a clear vision for " + pdu + "."),
              List.of()));
    }
    List<RecommendationDocument> recommendations = new ArrayList<>();
    int count = 6 + random.nextInt(7);
    for (int n = 1; n <= count; n++) {
      AddresseeLevel level =
          n <= count - 3
              ? AddresseeLevel.PDU
              : n < count ? AddresseeLevel.REGION : AddresseeLevel.NATIONAL;
      String addressee =
          switch (level) {
            case PDU -> pdu;
            case REGION -> region;
            case NATIONAL -> Directory.NATIONAL_SERVICE;
          };
      recommendations.add(
          new RecommendationDocument(
              n, new AddresseeDocument(level, addressee), THEMES[random.nextInt(THEMES.length)]));
    }
    return new InspectionDocument(
        Optional.empty(),
        pdu,
        Optional.of(region),
        "hmip-probation-pdu-2021",
        Optional.of(fieldwork),
        Optional.of(YearMonth.from(fieldwork).plusMonths(3)),
        Optional.of("HM Inspector " + (char) ('A' + random.nextInt(26)) + ". Demo"),
        Optional.of(30 + random.nextInt(40)),
        standards,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        recommendations);
  }

  private static Rating judgement(Random random, int quality) {
    int draw = random.nextInt(100) + quality;
    if (draw > 120) {
      return Rating.OUTSTANDING;
    }
    if (draw > 75) {
      return Rating.GOOD;
    }
    if (draw > 25) {
      return Rating.REQUIRES_IMPROVEMENT;
    }
    return Rating.INADEQUATE;
  }

  private static List<ObservationDocument> observations(Random random) {
    List<ObservationDocument> observations = new ArrayList<>();
    for (String theme :
        List.of(
            "Leadership", "Staff", "Services and interventions", "Information and facilities")) {
      observations.add(
          new ObservationDocument(
              theme,
              ObservationKind.KEY_STRENGTH,
              "Leaders are visible and staff feel supported."));
      observations.add(
          new ObservationDocument(
              theme,
              ObservationKind.KEY_AREA_FOR_IMPROVEMENT,
              THEMES[random.nextInt(THEMES.length)] + "."));
    }
    return observations;
  }

  private static ActionPlanDocument plan(
      Random random, String region, LocalDate letter, List<InspectionDocument> inspected) {
    List<ItemDocument> items = new ArrayList<>();
    int number = 1;
    for (InspectionDocument inspection : inspected) {
      for (RecommendationDocument recommendation : inspection.recommendations()) {
        int draw = random.nextInt(40);
        Response response =
            draw == 0 ? Response.NOT_AGREED : draw == 1 ? Response.PARTLY_AGREED : Response.AGREED;
        List<ActionDocument> actions = new ArrayList<>();
        if (response != Response.NOT_AGREED) {
          int actionCount = 2 + random.nextInt(7);
          for (int a = 0; a < actionCount; a++) {
            YearMonth target = YearMonth.from(letter).plusMonths(2 + random.nextInt(18));
            ActionStatus status =
                ActionStatus.values()[random.nextInt(ActionStatus.values().length)];
            String owner = OWNERS[random.nextInt(OWNERS.length)];
            Optional<YearMonth> kept =
                status.isDone() && random.nextBoolean() ? Optional.empty() : Optional.of(target);
            List<ProgressDocument> history = new ArrayList<>();
            if (status != ActionStatus.PLANNED) {
              history.add(
                  new ProgressDocument(
                      letter.plusMonths(1 + random.nextInt(3)),
                      ActionStatus.IN_PROGRESS,
                      "Work has started.",
                      owner));
            }
            if (status.isDone()) {
              history.add(
                  new ProgressDocument(
                      letter.plusMonths(4 + random.nextInt(4)), status, "Evidence seen.", owner));
            }
            List<TargetRevisionDocument> revisions =
                kept.isPresent() && random.nextInt(5) == 0
                    ? List.of(
                        new TargetRevisionDocument(
                            Optional.of(target.minusMonths(3)),
                            target,
                            "Staff shortages delayed the work.",
                            owner,
                            letter.plusMonths(2)))
                    : List.of();
            actions.add(
                new ActionDocument(
                    Optional.empty(),
                    "Action " + (a + 1) + ": " + recommendation.text(),
                    List.of(owner),
                    kept,
                    status,
                    Optional.empty(),
                    history,
                    revisions));
          }
        }
        items.add(
            new ItemDocument(
                number++,
                List.of(
                    new AnswerDocument(
                        Optional.empty(),
                        Optional.of(inspection.pdu()),
                        Optional.of(recommendation.number()),
                        Optional.empty())),
                response,
                response == Response.AGREED
                    ? Optional.empty()
                    : Optional.of(Reason.values()[random.nextInt(Reason.values().length)]),
                response == Response.AGREED
                    ? ""
                    : "The region cannot carry this out in full within current resources.",
                actions));
      }
    }
    return new ActionPlanDocument(
        Optional.empty(),
        region,
        letter.plusDays(33),
        Optional.empty(),
        Optional.of(letter),
        List.of(),
        items,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty());
  }
}
