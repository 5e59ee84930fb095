package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What differs between a stored record and the one a document would store in its place, in plain
 * words, stored value against the document's: every difference; those a merge cannot combine (they
 * touch); what a merge keeps from the store and takes from the document; and whether the store
 * holds something the document lacks, which makes a document without a version older than the
 * store.
 */
final class Differences {

  private final List<String> all = new ArrayList<>();
  private final List<String> touching = new ArrayList<>();
  private final List<String> keptFromStore = new ArrayList<>();
  private final List<String> takenFromDocument = new ArrayList<>();
  private boolean storeHasMore;

  /** Every difference, stored value against the document's. */
  List<String> all() {
    return List.copyOf(all);
  }

  /** The differences a merge cannot combine. */
  List<String> touching() {
    return List.copyOf(touching);
  }

  List<String> keptFromStore() {
    return List.copyOf(keptFromStore);
  }

  List<String> takenFromDocument() {
    return List.copyOf(takenFromDocument);
  }

  /** Whether the store holds something the document lacks. */
  boolean storeHasMore() {
    return storeHasMore;
  }

  int count() {
    return all.size();
  }

  int touchingCount() {
    return touching.size();
  }

  /**
   * Something only the store has ({@code shown} says what, {@code part} names it for the merge);
   * {@code newer} says whether it shows the store to be newer than a document without a version.
   */
  void inStoreOnly(String part, String shown, boolean newer) {
    all.add(shown + ": in the store, not in the document");
    keptFromStore.add(part);
    storeHasMore |= newer;
  }

  /** Something only the document has. */
  void inDocumentOnly(String part, String shown) {
    all.add(shown + ": in the document, not in the store");
    takenFromDocument.add(part);
  }

  /** A difference that combines: the store's side is kept. */
  void keptFromStore(String difference, String part) {
    all.add(difference);
    keptFromStore.add(part);
    storeHasMore = true;
  }

  /** A difference that combines: the document's side is taken. */
  void takenFromDocument(String difference, String part) {
    all.add(difference);
    takenFromDocument.add(part);
  }

  /**
   * A difference that touches; {@code newer} says whether it shows the store to be newer than a
   * document without a version.
   */
  void touches(String difference, boolean newer) {
    all.add(difference);
    touching.add(difference);
    storeHasMore |= newer;
  }

  /** Where the store and the document each carry one thing further, told apart from its parts. */
  void touchesAsAWhole(String difference) {
    touching.add(difference);
  }

  /** A value outside a history: a difference touches. */
  <T> void value(String where, String field, T stored, T document, Function<T, String> shown) {
    if (!Objects.equals(stored, document)) {
      touches(differenceOf(where, field, stored, document, shown), false);
    }
  }

  /** A value that follows something else (a history): a difference is shown, and goes with it. */
  <T> void differ(String where, String field, T stored, T document, Function<T, String> shown) {
    if (!Objects.equals(stored, document)) {
      all.add(differenceOf(where, field, stored, document, shown));
    }
  }

  static <T> String differenceOf(
      String where, String field, T stored, T document, Function<T, String> shown) {
    return where
        + " "
        + field
        + ": stored "
        + shown.apply(stored)
        + ", document "
        + shown.apply(document);
  }

  /** A text as a difference shows it: quoted, and cut short. */
  static String quoted(String text) {
    String shortened = text.length() > 60 ? text.substring(0, 59) + "…" : text;
    return "\"" + shortened + "\"";
  }
}
