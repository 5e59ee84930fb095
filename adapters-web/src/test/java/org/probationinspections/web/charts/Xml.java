package org.probationinspections.web.charts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A chart's markup read back as XML: it must be well-formed to be read at all. */
final class Xml {

  private Xml() {}

  static Element parse(String markup) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + markup, e);
    }
  }

  static List<Element> all(Element root, String tag) {
    NodeList nodes = root.getElementsByTagName(tag);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  /** The text of each cell of each body row of the table under {@code root}. */
  static List<List<String>> bodyRows(Element root) {
    List<List<String>> rows = new ArrayList<>();
    for (Element body : all(root, "tbody")) {
      for (Element row : all(body, "tr")) {
        List<String> cells = new ArrayList<>();
        var children = row.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
          if (children.item(i) instanceof Element cell) {
            cells.add(cell.getTextContent());
          }
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
