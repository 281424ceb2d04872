package vn.his.export.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SHA-256 that the signature's one Reference (URI="", enveloped transform, inclusive C14N 1.0 without comments)
 * carries, computed from the bytes the writers produced instead of from a parsed and canonicalised DOM — which was
 * two of the four passes over every document that signing and its verification make (BENCHMARKS.md, "Signing").
 *
 * <p>It applies only to bytes that are already in canonical form except for what C14N changes in the writers'
 * output, all of which it rewrites itself: the XML declaration and the whitespace around the root are dropped, the
 * root's namespace declarations are sorted by prefix, and an empty element {@code <X/>} becomes {@code <X></X>}
 * (W3C Canonical XML 1.0 §1.1, §2.3; the enveloped transform leaves the empty CHUKYDONVI, which is the last child of
 * the root). Anything else that C14N would rewrite — an attribute outside the root's namespace declarations, a
 * default namespace, a character or entity reference other than {@code &amp; &lt; &gt;}, a raw '>' or a carriage
 * return in text, a comment, CDATA, a processing instruction, whitespace inside a tag — makes it decline
 * ({@link Optional#empty()}), and the signer lets the JDK canonicalise the parsed document as before. The result is
 * never trusted on its own: {@link XmlDsigSigner} verifies every signed file with the JDK's XML-DSig, which
 * recomputes this digest from the DOM.
 */
final class CanonicalDigest {

    /** The digest and what the signature needs of the root: its name and namespace declarations, in canonical order. */
    record Prepared(byte[] digest, String rootName, List<Namespace> namespaces) {
    }

    /** A namespace declaration {@code xmlns:prefix="uri"} of the root. */
    record Namespace(String prefix, String uri) {
    }

    private final byte[] xml;
    private final MessageDigest sha256;
    private int at;

    private CanonicalDigest(byte[] xml) {
        this.xml = xml;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** The canonical digest of {@code xml} with its empty CHUKYDONVI last, or empty when the bytes need a real C14N. */
    static Optional<Prepared> of(byte[] xml) {
        return new CanonicalDigest(xml).digest();
    }

    private Optional<Prepared> digest() {
        skipDeclaration();
        skipWhitespace();
        if (!next('<')) {
            return Optional.empty();
        }
        String root = name();
        if (root == null) {
            return Optional.empty();
        }
        List<Namespace> namespaces = new ArrayList<>();
        while (at < xml.length && xml[at] == ' ') {
            at++;
            Namespace ns = namespaceDeclaration();
            if (ns == null) {
                return Optional.empty();
            }
            namespaces.add(ns);
        }
        if (!next('>')) {
            return Optional.empty();
        }
        namespaces.sort(Comparator.comparing(Namespace::prefix));
        StringBuilder start = new StringBuilder("<").append(root);
        for (Namespace ns : namespaces) {
            start.append(" xmlns:").append(ns.prefix()).append("=\"").append(ns.uri()).append('"');
        }
        sha256.update(start.append('>').toString().getBytes(StandardCharsets.UTF_8));
        return content(root) ? Optional.of(new Prepared(sha256.digest(), root, List.copyOf(namespaces)))
                : Optional.empty();
    }

    /**
     * The root's content and end tag, digested with every {@code <X/>} written {@code <X></X>}; true when all of it
     * is canonical and the last child element of the root is the empty holder.
     */
    private boolean content(String root) {
        int depth = 0;
        int segment = at;
        String lastTopLevel = null;
        boolean lastTopLevelEmpty = false;
        int lastTopLevelContent = -1; // where the content of the last top-level child began
        while (at < xml.length) {
            byte b = xml[at];
            if (b == '&') {
                if (!(startsWith("&amp;") || startsWith("&lt;") || startsWith("&gt;"))) {
                    return false;
                }
                at++;
            } else if (b == '\r' || b == '>') {
                return false;
            } else if (b != '<') {
                at++;
            } else if (at + 1 < xml.length && xml[at + 1] == '/') { // an end tag, no whitespace before '>'
                int endTag = at;
                at += 2;
                String name = name();
                if (name == null || !next('>')) {
                    return false;
                }
                if (depth == 0) {
                    if (!name.equals(root)) {
                        return false;
                    }
                    sha256.update(xml, segment, at - segment);
                    skipWhitespace();
                    return at == xml.length && SignatureVerifier.HOLDER.equals(lastTopLevel) && lastTopLevelEmpty;
                }
                depth--;
                if (depth == 0 && endTag == lastTopLevelContent) {
                    lastTopLevelEmpty = true; // <X></X>
                }
            } else { // a start tag without attributes, or an empty element
                at++;
                String name = name();
                if (name == null) {
                    return false; // '<!' (comment, CDATA), '<?' or a malformed tag
                }
                boolean empty = startsWith("/>");
                if (empty) {
                    sha256.update(xml, segment, at - segment);
                    sha256.update(("></" + name + ">").getBytes(StandardCharsets.UTF_8));
                    at += 2;
                    segment = at;
                } else if (!next('>')) {
                    return false;
                } else {
                    depth++;
                }
                if (depth == (empty ? 0 : 1)) {
                    lastTopLevel = name;
                    lastTopLevelEmpty = empty;
                    lastTopLevelContent = empty ? -1 : at;
                }
            }
        }
        return false; // the root was not closed
    }

    private void skipDeclaration() {
        if (startsWith("<?xml")) {
            for (int i = at; i + 1 < xml.length; i++) {
                if (xml[i] == '?' && xml[i + 1] == '>') {
                    at = i + 2;
                    return;
                }
            }
        }
    }

    private void skipWhitespace() {
        while (at < xml.length && (xml[at] == ' ' || xml[at] == '\n' || xml[at] == '\t')) {
            at++;
        }
    }

    /** {@code xmlns:prefix="uri"} with a URI that C14N writes unchanged; null for anything else. */
    private Namespace namespaceDeclaration() {
        if (!startsWith("xmlns:")) {
            return null;
        }
        at += "xmlns:".length();
        String prefix = name();
        if (prefix == null || prefix.indexOf(':') >= 0 || !next('=') || !next('"')) {
            return null;
        }
        int start = at;
        while (at < xml.length && xml[at] != '"') {
            byte b = xml[at];
            if (b == '&' || b == '<' || b == '\'' || b == '\t' || b == '\n' || b == '\r' || b == '>') {
                return null;
            }
            at++;
        }
        if (at == start || at == xml.length) {
            return null;
        }
        String uri = new String(xml, start, at - start, StandardCharsets.UTF_8);
        at++;
        return new Namespace(prefix, uri);
    }

    /** An element name of ASCII letters, digits, '_', '-', '.' and ':' not starting with a digit; null otherwise. */
    private String name() {
        int start = at;
        while (at < xml.length) {
            byte b = xml[at];
            boolean letter = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '_';
            boolean other = (b >= '0' && b <= '9') || b == '-' || b == '.' || b == ':';
            if (letter || (other && at > start)) {
                at++;
            } else {
                break;
            }
        }
        return at == start ? null : new String(xml, start, at - start, StandardCharsets.US_ASCII);
    }

    private boolean next(char c) {
        if (at < xml.length && xml[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    private boolean startsWith(String ascii) {
        if (at + ascii.length() > xml.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (xml[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
