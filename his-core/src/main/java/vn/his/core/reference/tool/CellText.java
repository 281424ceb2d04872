package vn.his.core.reference.tool;

import java.text.Normalizer;

/**
 * Cleans the text of a spreadsheet cell the same way for every catalogue: Unicode NFC (part of the ICD-10 sheet
 * uses decomposed Vietnamese letters), any whitespace, no-break space or control character (line breaks inside
 * cells included) becomes one space, zero-width characters are dropped, runs of spaces become one, and the ends
 * are trimmed. Nothing else of the official wording is changed, typing errors included.
 */
final class CellText {

    private CellText() {
    }

    static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder cleaned = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !cleaned.isEmpty()) {
                cleaned.append(' ');
            }
            pendingSpace = false;
            cleaned.append(c);
        }
        return cleaned.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
