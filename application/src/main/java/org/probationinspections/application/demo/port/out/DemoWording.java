package org.probationinspections.application.demo.port.out;

import java.util.List;
import java.util.Map;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * The names and texts of the demo dataset. A text in braces, such as {@code {pdu}}, is filled in as
 * the dataset is drawn.
 *
 * @param regions the regions and their PDUs, in the order they are generated
 * @param standards the name of each standard of the framework, by code
 * @param recommendations the texts drawn for recommendations and areas for improvement
 */
public record DemoWording(
    List<Region> regions,
    Map<String, String> standards,
    Inspection inspection,
    List<String> recommendations,
    Review review,
    Plan plan) {

  public DemoWording {
    Require.notEmpty("regions", regions);
    regions = List.copyOf(regions);
    standards = Map.copyOf(Require.present("standards", standards));
    Require.present("inspection", inspection);
    Require.notEmpty("recommendations", recommendations);
    recommendations = List.copyOf(recommendations);
    Require.present("review", review);
    Require.present("plan", plan);
  }

  /** The name of the standard with this code. */
  public String standard(String code) {
    String name = standards.get(code);
    if (name == null) {
      throw new InvalidValueException("standards", "no name for standard " + code);
    }
    return name;
  }

  /** A region and its PDUs. */
  public record Region(String name, List<String> pdus) {
    public Region {
      name = Require.text("region", name);
      Require.notEmpty("pdus of " + name, pdus);
      pdus = List.copyOf(pdus);
    }
  }

  /**
   * The texts of an inspection report.
   *
   * @param leadInspector the lead inspector, with {@code {initial}}
   * @param leadershipFinding the finding on leadership, with {@code {pdu}}
   * @param keyQuestions the key questions asked of every case-supervision standard
   */
  public record Inspection(
      String leadInspector, String leadershipFinding, List<KeyQuestion> keyQuestions) {
    public Inspection {
      leadInspector = Require.text("leadInspector", leadInspector);
      leadershipFinding = Require.text("leadershipFinding", leadershipFinding);
      Require.notEmpty("keyQuestions", keyQuestions);
      keyQuestions = List.copyOf(keyQuestions);
    }
  }

  /** A key question, and how many points its drawn percentage of cases is lowered by. */
  public record KeyQuestion(String text, int lowerBy) {
    public KeyQuestion {
      text = Require.text("key question", text);
    }
  }

  /**
   * The texts of a regional letter.
   *
   * @param observationThemes the themes of the letter's observations
   * @param keyStrength the key strength observed under every theme
   * @param areaForImprovement an area for improvement, with {@code {recommendation}}
   */
  public record Review(
      List<String> observationThemes, String keyStrength, String areaForImprovement) {
    public Review {
      Require.notEmpty("observationThemes", observationThemes);
      observationThemes = List.copyOf(observationThemes);
      keyStrength = Require.text("keyStrength", keyStrength);
      areaForImprovement = Require.text("areaForImprovement", areaForImprovement);
    }
  }

  /**
   * The texts of an action plan.
   *
   * @param owners the owners drawn for actions
   * @param action an action, with {@code {number}} and {@code {recommendation}}
   * @param started the note when an action's work starts
   * @param evidenced the note when an action is done
   * @param retargeted the reason an action gets a new target
   * @param notAgreed the explanation of a recommendation not agreed in full
   */
  public record Plan(
      List<String> owners,
      String action,
      String started,
      String evidenced,
      String retargeted,
      String notAgreed) {
    public Plan {
      Require.notEmpty("owners", owners);
      owners = List.copyOf(owners);
      action = Require.text("action", action);
      started = Require.text("started", started);
      evidenced = Require.text("evidenced", evidenced);
      retargeted = Require.text("retargeted", retargeted);
      notAgreed = Require.text("notAgreed", notAgreed);
    }
  }
}
