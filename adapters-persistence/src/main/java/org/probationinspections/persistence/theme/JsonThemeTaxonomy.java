package org.probationinspections.persistence.theme;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.theme.ThemeTaxonomy;
import org.probationinspections.persistence.JsonFiles;
import org.probationinspections.persistence.wording.LuceneWording;

/**
 * The theme taxonomy read from JSON: the shipped {@code themes/probation-themes.json}, then every
 * {@code *.json} in extra directories (same shape), whose themes replace shipped themes with the
 * same id or add new ones. Editing the rules is editing a data file, not code. Phrases and texts
 * are read by Lucene's analysers ({@link LuceneWording#forPhrases}): stems and the field's
 * synonyms, so the phrase "visor" finds "Violent and Sex Offender Register".
 */
public final class JsonThemeTaxonomy {

  static final String SHIPPED = "themes/probation-themes.json";

  private JsonThemeTaxonomy() {}

  public static ThemeTaxonomy shipped() {
    return load(List.of());
  }

  public static ThemeTaxonomy load(List<Path> directories) {
    ObjectMapper mapper = new ObjectMapper();
    ThemeTaxonomy taxonomy;
    try (InputStream in = JsonThemeTaxonomy.class.getClassLoader().getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("resource " + SHIPPED + " is missing from the classpath");
      }
      taxonomy = read(mapper, in, SHIPPED).toTaxonomy();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED, e);
    } catch (DomainException invalid) {
      throw new InvalidValueException(SHIPPED, invalid.getMessage());
    }
    for (Path directory : directories) {
      for (Path file : JsonFiles.in(directory, "themes")) {
        try (InputStream in = Files.newInputStream(file)) {
          taxonomy = taxonomy.with(read(mapper, in, file.toString()).toThemes());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        } catch (DomainException invalid) {
          throw new InvalidValueException(file.toString(), invalid.getMessage());
        }
      }
    }
    return taxonomy.analysedBy(LuceneWording.forPhrases());
  }

  private static TaxonomyFile read(ObjectMapper mapper, InputStream in, String source)
      throws IOException {
    try {
      return mapper.readValue(in, TaxonomyFile.class);
    } catch (com.fasterxml.jackson.core.JacksonException unreadable) {
      throw new InvalidValueException(source, unreadable.getOriginalMessage());
    }
  }
}
