package org.probationinspections.domain.framework;

import java.util.List;
import org.probationinspections.domain.common.Require;

/** One standard of a framework: its code ("2.2"), name, domain and how it is rated. */
public record StandardDefinition(
    String code, String name, int domain, RatingBasis basis, List<String> keyQuestions) {

  public StandardDefinition {
    code = Require.text("standard.code", code);
    name = Require.text("standard.name", name);
    Require.positive("standard.domain", domain);
    Require.present("standard.basis", basis);
    keyQuestions = List.copyOf(Require.present("standard.keyQuestions", keyQuestions));
  }

  public boolean isRated() {
    return basis != RatingBasis.NEVER_RATED;
  }
}
