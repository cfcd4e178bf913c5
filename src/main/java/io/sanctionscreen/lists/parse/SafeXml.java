package io.sanctionscreen.lists.parse;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place where list parsers open XML: a StAX reader that refuses DTDs, external entities and
 * entity expansion, bounded by {@link InputLimits} (in size, and through {@link XmlBounds} in every
 * text, comment, attribute and tag it would hold), plus a small record reader that loads one
 * element (one list entry) at a time into a {@link Node} tree.
 *
 * <p>List files are untrusted input: a file with a DOCTYPE is rejected outright rather than parsed
 * with the DTD ignored, since no official list format declares one.
 */
final class SafeXml {

  private SafeXml() {}

  /** Opens a secured, bounded reader; nothing is read yet. */
  static XMLStreamReader open(InputStream in) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    try {
      return f.createXMLStreamReader(new XmlBounds(InputLimits.bounded(in)));
    } catch (XMLStreamException e) {
      throw new ListFormatException("the file cannot be read as XML: " + e.getMessage(), e);
    }
  }

  /**
   * Advances to the root element and checks its local name.
   *
   * @throws ListFormatException if the file is not XML, has a DOCTYPE, or its root is another
   */
  static void root(XMLStreamReader r, String expected) {
    while (true) {
      int ev = next(r);
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (!r.getLocalName().equals(expected)) {
          throw new ListFormatException(
              "wrong format: the root element is <"
                  + r.getLocalName()
                  + ">, expected <"
                  + expected
                  + "> ("
                  + where(r)
                  + ")");
        }
        return;
      }
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new ListFormatException("the file holds no XML element");
      }
    }
  }

  /**
   * Advances to the next child element of the current element. Returns false when the current
   * element ends; the caller then stands on its end tag.
   */
  static boolean nextChild(XMLStreamReader r) {
    while (true) {
      int ev = next(r);
      if (ev == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new ListFormatException("the XML file ends early (" + where(r) + ")");
      }
    }
  }

  /** Skips the current element and everything in it. */
  static void skip(XMLStreamReader r) {
    int depth = 1;
    while (depth > 0) {
      int ev = next(r);
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new ListFormatException("the XML file ends early (" + where(r) + ")");
      }
    }
  }

  /** Reads the rest of the document after the root element, so that trailing junk fails. */
  static void finish(XMLStreamReader r) {
    while (next(r) != XMLStreamConstants.END_DOCUMENT) {
      if (r.getEventType() == XMLStreamConstants.START_ELEMENT) {
        throw new ListFormatException("content after the root element (" + where(r) + ")");
      }
    }
    try {
      r.close();
    } catch (XMLStreamException e) {
      throw new ListFormatException("the XML file cannot be closed: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the current element and its subtree into a node; the reader is left on its end tag.
   *
   * @throws ListFormatException if the element breaks a limit of {@link InputLimits}
   */
  static Node read(XMLStreamReader r) {
    Node top = start(r);
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(top);
    int nodes = 1;
    while (!stack.isEmpty()) {
      int ev = next(r);
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (++nodes > InputLimits.MAX_RECORD_NODES) {
            throw new ListFormatException(
                "<"
                    + top.name
                    + "> holds more than "
                    + InputLimits.MAX_RECORD_NODES
                    + " elements ("
                    + where(r)
                    + ")");
          }
          if (stack.size() >= InputLimits.MAX_DEPTH) {
            throw new ListFormatException("XML nested too deeply (" + where(r) + ")");
          }
          Node child = start(r);
          stack.peek().children.add(child);
          stack.push(child);
        }
        case XMLStreamConstants.END_ELEMENT -> stack.pop();
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          Node n = stack.peek();
          if (n.text.length() + r.getTextLength() > InputLimits.MAX_TEXT) {
            throw new ListFormatException(
                "the text of <" + n.name + "> is too long (" + where(r) + ")");
          }
          n.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new ListFormatException("the XML file ends early (" + where(r) + ")");
        default -> {
          // Comments, processing instructions and ignorable space carry no list data.
        }
      }
    }
    return top;
  }

  /** Reads the text of the current element, which must hold no child elements. */
  static String text(XMLStreamReader r) {
    Node n = read(r);
    return n.text();
  }

  /** "line 12, column 5" for the reader's position. */
  static String where(XMLStreamReader r) {
    Location l = r.getLocation();
    return l == null ? "position unknown" : where(l);
  }

  private static String where(Location l) {
    return "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
  }

  private static Node start(XMLStreamReader r) {
    Node n = new Node(r.getLocalName(), where(r));
    for (int i = 0; i < r.getAttributeCount(); i++) {
      n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    return n;
  }

  /** The next event; DOCTYPEs and entity references are refused, parse errors become ours. */
  static int next(XMLStreamReader r) {
    int ev;
    try {
      ev = r.next();
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      throw new ListFormatException(
          "the file is not well-formed XML ("
              + (l == null ? where(r) : where(l))
              + "): "
              + message(e),
          e);
    } catch (java.util.NoSuchElementException e) {
      throw new ListFormatException("the XML file ends early", e);
    }
    if (ev == XMLStreamConstants.DTD) {
      throw new ListFormatException(
          "the file declares a DOCTYPE, which list files never do; refused (" + where(r) + ")");
    }
    if (ev == XMLStreamConstants.ENTITY_REFERENCE || ev == XMLStreamConstants.ENTITY_DECLARATION) {
      throw new ListFormatException("the file uses entity references; refused (" + where(r) + ")");
    }
    return ev;
  }

  private static String message(XMLStreamException e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    // The JDK prefixes "ParseError at [row,col]:[x,y]\nMessage: "; the location is given already.
    int i = m.indexOf("Message: ");
    String text = i >= 0 ? m.substring(i + 9).trim() : m.trim();
    // The JDK's words for an end of file inside an open element.
    if (text.startsWith("XML document structures must start and end within the same entity")) {
      return "the file ends before its elements are closed (truncated?)";
    }
    return text;
  }

  /** One XML element as read: local name, attributes by local name, children and text. */
  static final class Node {
    final String name;
    final String where;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Node> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Node(String name, String where) {
      this.name = name;
      this.where = where;
    }

    /** The trimmed text of this element, or null when it is blank. */
    String text() {
      return clean(text.toString());
    }

    /** The trimmed value of an attribute, or null when it is missing or blank. */
    String attr(String localName) {
      return clean(attributes.get(localName));
    }

    /** The first child with this local name, or null. */
    Node child(String localName) {
      for (Node c : children) {
        if (c.name.equals(localName)) {
          return c;
        }
      }
      return null;
    }

    /** All children with this local name. */
    List<Node> children(String localName) {
      List<Node> out = new ArrayList<>();
      for (Node c : children) {
        if (c.name.equals(localName)) {
          out.add(c);
        }
      }
      return out;
    }

    /** The trimmed text of the first child with this name, or null. */
    String text(String localName) {
      Node c = child(localName);
      return c == null ? null : c.text();
    }

    /** Nodes reached by following the path of local names, each step over all matches. */
    List<Node> all(String... path) {
      List<Node> level = List.of(this);
      for (String step : path) {
        List<Node> next = new ArrayList<>();
        for (Node n : level) {
          next.addAll(n.children(step));
        }
        level = next;
      }
      return level;
    }

    /** The trimmed texts of the nodes reached by a path, blank ones left out. */
    List<String> texts(String... path) {
      List<String> out = new ArrayList<>();
      for (Node n : all(path)) {
        String t = n.text();
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }

    private static String clean(String s) {
      if (s == null) {
        return null;
      }
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }
  }
}
