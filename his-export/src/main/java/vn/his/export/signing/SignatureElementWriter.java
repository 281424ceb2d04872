package vn.his.export.signing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes the Signature element the JDK's XML-DSig just built as UTF-8 XML, walking the DOM: elements with their
 * attributes (namespace declarations first) and text, escaped as the JDK's serialiser escapes them, so the bytes
 * are those a {@code Transformer} wrote. The element
 * has a known shape (SignedInfo, SignatureValue, KeyInfo: algorithm URIs and base64); any other node kind (comment,
 * CDATA, processing instruction…) answers empty and the caller serialises with a {@code Transformer}. This is not a
 * canonicaliser: the file that holds the result is parsed again and verified by the JDK before it leaves
 * ({@link SignatureVerifier}), so a writing mistake cannot leave unnoticed. It replaces a {@code Transformer} per
 * signature, which cost more than the walk (SigningProbe).
 */
final class SignatureElementWriter {

    private SignatureElementWriter() {
    }

    static Optional<byte[]> write(Element element) {
        StringBuilder out = new StringBuilder(4096);
        if (!element(element, out)) {
            return Optional.empty();
        }
        return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean element(Element element, StringBuilder out) {
        String name = element.getTagName();
        out.append('<').append(name);
        NamedNodeMap attributes = element.getAttributes();
        for (boolean declarations : new boolean[] {true, false}) {
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI()) == declarations) {
                    out.append(' ').append(attribute.getName()).append("=\"");
                    attribute(attribute.getValue(), out);
                    out.append('"');
                }
            }
        }
        if (!element.hasChildNodes()) {
            out.append("/>");
            return true;
        }
        out.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            boolean written = switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) child, out);
                case Node.TEXT_NODE -> {
                    text(child.getNodeValue(), out);
                    yield true;
                }
                default -> false;
            };
            if (!written) {
                return false;
            }
        }
        out.append("</").append(name).append('>');
        return true;
    }

    private static void text(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }

    private static void attribute(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
