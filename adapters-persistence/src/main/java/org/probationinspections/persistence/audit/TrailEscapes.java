package org.probationinspections.persistence.audit;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * How the trail's JSON escapes text: the quote, the backslash, newline, return and tab by their
 * short escapes; the other control characters, {@code <}, {@code >}, {@code &} and the line and
 * paragraph separators (U+2028, U+2029) as {@code \}{@code u} and four lower-case hexadecimal
 * digits, so that the text can stand in any page or script; every other character as it is.
 */
final class TrailEscapes extends CharacterEscapes {

  private static final int[] ASCII = new int[128];
  private static final SerializableString[] ASCII_SEQUENCES = new SerializableString[128];
  private static final SerializableString LINE_SEPARATOR = unicode(0x2028);
  private static final SerializableString PARAGRAPH_SEPARATOR = unicode(0x2029);

  static {
    for (int c = 0; c < 0x20; c++) {
      ASCII[c] = ESCAPE_CUSTOM;
      ASCII_SEQUENCES[c] = unicode(c);
    }
    for (char c : new char[] {'<', '>', '&'}) {
      ASCII[c] = ESCAPE_CUSTOM;
      ASCII_SEQUENCES[c] = unicode(c);
    }
    ASCII['"'] = ESCAPE_CUSTOM;
    ASCII_SEQUENCES['"'] = new SerializedString("\\\"");
    ASCII['\\'] = ESCAPE_CUSTOM;
    ASCII_SEQUENCES['\\'] = new SerializedString("\\\\");
    ASCII_SEQUENCES['\n'] = new SerializedString("\\n");
    ASCII_SEQUENCES['\r'] = new SerializedString("\\r");
    ASCII_SEQUENCES['\t'] = new SerializedString("\\t");
  }

  private static SerializableString unicode(int c) {
    return new SerializedString(String.format("\\u%04x", c));
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int c) {
    if (c < 128) {
      return ASCII_SEQUENCES[c];
    }
    return switch (c) {
      case 0x2028 -> LINE_SEPARATOR;
      case 0x2029 -> PARAGRAPH_SEPARATOR;
      default -> null;
    };
  }
}
