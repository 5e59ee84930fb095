package org.probationinspections.persistence.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.probationinspections.domain.consolidation.Consolidator;
import org.probationinspections.domain.consolidation.WordingSimilarity.Likeness;
import org.probationinspections.domain.theme.Term;
import org.probationinspections.domain.theme.Wording;
import org.probationinspections.domain.theme.WordingAnalyser;

/**
 * The wording analysers of the product, built on Apache Lucene's analysers (ADR 23): markup
 * stripped, words cut by Unicode's rules, lower case, possessives dropped, English (Porter) stems,
 * and the field's synonyms joined into one term ({@code wording/synonyms.txt}: "Violent and Sex
 * Offender Register" is read as {@code visor}). Comparisons also leave out stop words ({@code
 * wording/stop-words.txt}); theme phrases keep every word, so "risk of harm" stays a phrase.
 */
public final class LuceneWording implements WordingAnalyser {

  static final String SYNONYMS = "wording/synonyms.txt";
  static final String STOP_WORDS = "wording/stop-words.txt";

  /**
   * From this similarity (cosine of TF-IDF vectors of the analysed terms) two groups of
   * recommendations are suggested as one. Chosen on the odd-numbered items of the North West plan
   * only, before the even-numbered ones were scored (ADR 23; {@code ConsolidationScoreTest}).
   */
  public static final double CONSOLIDATION_THRESHOLD = 0.50;

  private final Analyzer analyzer;

  private LuceneWording(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** For comparing recommendations: stop words left out. */
  public static LuceneWording forComparison() {
    return new LuceneWording(withSynonyms(Optional.of(stopWords())));
  }

  /** For matching theme phrases: every word kept. */
  public static LuceneWording forPhrases() {
    return new LuceneWording(withSynonyms(Optional.empty()));
  }

  /** The consolidator of the product: this library's comparison analysis, its threshold. */
  public static Consolidator consolidator() {
    return new Consolidator(CONSOLIDATION_THRESHOLD, forComparison(), Likeness.COSINE);
  }

  @Override
  public List<Term> terms(String text) {
    List<Term> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String value = term.toString();
        String surface =
            Wording.normalise(
                text.substring(
                    Math.min(offset.startOffset(), text.length()),
                    Math.min(offset.endOffset(), text.length())));
        terms.add(new Term(value, surface.isEmpty() ? value : surface));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a text", e);
    }
    return terms;
  }

  /** Markup stripped, words cut, lower case, possessives dropped, Porter stems. */
  private static final class Stemming extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new HTMLStripCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, stems(source));
    }

    static TokenStream stems(Tokenizer source) {
      return new PorterStemFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)));
    }
  }

  private static Analyzer withSynonyms(Optional<CharArraySet> stopWords) {
    Stemming stemming = new Stemming();
    SynonymMap synonyms = synonyms(stemming);
    Optional<CharArraySet> stemmedStopWords = stopWords.map(words -> stemmed(words, stemming));
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new HTMLStripCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // Synonyms are matched after stemming, their entries read by the same chain, so that
        // "commissioned rehabilitation services" meets "commissioned rehabilitative service";
        // stop words go last, so that a synonym may hold one ("violent and sex offender").
        TokenStream stream = new SynonymGraphFilter(Stemming.stems(source), synonyms, true);
        if (stemmedStopWords.isPresent()) {
          stream = new StopFilter(stream, stemmedStopWords.get());
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** The stop words as the stemmer leaves them ("this" is read as "thi"). */
  private static CharArraySet stemmed(CharArraySet words, Analyzer stemming) {
    CharArraySet stemmed = new CharArraySet(words.size() * 2, false);
    for (Object word : words) {
      String text = new String((char[]) word);
      stemmed.add(text);
      new LuceneWording(stemming).terms(text).forEach(term -> stemmed.add(term.value()));
    }
    return stemmed;
  }

  private static SynonymMap synonyms(Analyzer stemming) {
    // expand=false: every entry of a line is read as the line's first, the field's short name.
    SolrSynonymParser parser = new SolrSynonymParser(true, false, stemming);
    try (Reader in = resource(SYNONYMS)) {
      parser.parse(in);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SYNONYMS, e);
    } catch (ParseException e) {
      throw new IllegalStateException(SYNONYMS + " line " + e.getErrorOffset() + ": " + e, e);
    }
  }

  private static CharArraySet stopWords() {
    try (Reader in = resource(STOP_WORDS)) {
      return WordlistLoader.getWordSet(in, "#", new CharArraySet(64, true));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + STOP_WORDS, e);
    }
  }

  private static Reader resource(String name) {
    InputStream in = LuceneWording.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
