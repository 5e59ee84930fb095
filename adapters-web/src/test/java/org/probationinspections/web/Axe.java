package org.probationinspections.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * axe-core (its script kept beside the tests, see its NOTICE) run in a page against the WCAG 2.2 AA
 * rules, and the other checks the accessibility tests make of a page as shown: the browser tests of
 * this module and the role journeys on the demo data (adapters-cli) share it.
 */
public final class Axe {

  public static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /** The last few elements that reach past the window's right edge (inside a scroll box too). */
  private static final String WIDER_THAN_THE_WINDOW =
      "() => [...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
          + ".slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + " + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '')).join(', ')";

  private Axe() {}

  /** The script of axe-core. */
  public static String script() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /**
   * Runs axe on the page as it is, every folded section opened first so that what it holds is
   * checked too; returns one line a violation, empty when there is none. Only the violations are
   * detailed (resultTypes), which spares axe describing every node that passes on a long page.
   */
  public static List<String> violations(Page page, String axe) {
    return violations(page, axe, "");
  }

  /**
   * Runs axe on the part of the page {@code selector} picks (its first match; the whole document
   * when it is empty), as {@link #violations(Page, String)} does: for a part that changed in place.
   */
  public static List<String> violations(Page page, String axe, String selector) {
    // Evaluated rather than added as a script element, which the pages' policy refuses.
    if (Boolean.TRUE.equals(page.evaluate("() => typeof axe === 'undefined'"))) {
      page.evaluate(axe);
    }
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
    @SuppressWarnings("unchecked")
    List<String> found =
        (List<String>)
            page.evaluate(
                "async ([tags, selector]) => { const r = await axe.run(selector ? document.querySelector(selector) : document,"
                    + " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});"
                    + " return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                    + " + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | ')); }",
                List.of(WCAG_22_AA, selector));
    return found;
  }

  /** Waits for the page and the parts htmx loads into it. */
  public static void settled(Page page) {
    page.waitForLoadState(LoadState.LOAD);
    page.waitForFunction(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
  }

  /**
   * What is wrong when the page scrolls sideways past its window ("the page scrolls 12 px
   * sideways…", naming the elements that reach past the edge); empty when it fits.
   */
  public static Optional<String> sidewaysScrollProblem(Page page) {
    int sideways = sidewaysScroll(page);
    if (sideways == 0) {
      return Optional.empty();
    }
    return Optional.of(
        "the page scrolls "
            + sideways
            + " px sideways, past its right edge: "
            + page.evaluate(WIDER_THAN_THE_WINDOW));
  }

  /** How far the page scrolls sideways, in CSS pixels: 0 when it fits its window. */
  public static int sidewaysScroll(Page page) {
    return ((Number)
            page.evaluate(
                "() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"))
        .intValue();
  }
}
