package vn.his.export.gateway.simulator;

import org.w3c.dom.Document;

/**
 * Verifies the facility signature of a received document (signature inside {@code CHUKYDONVI}, xml130.md §2.4).
 * The simulator has already checked that CHUKYDONVI is the last child of the root and holds a {@code ds:Signature}.
 * Default: {@link XmlDsigSignatureCheck}; the project's own verifier can be plugged in instead.
 */
@FunctionalInterface
public interface SignatureCheck {

    /**
     * @param received the bytes exactly as received
     * @param document the same bytes parsed by {@link vn.his.export.xml.SecureXml}
     */
    Verdict verify(byte[] received, Document document);

    /** Result of a signature check; {@code reason} says what is wrong when not valid. */
    record Verdict(boolean valid, String reason) {

        public static Verdict ok() {
            return new Verdict(true, "");
        }

        public static Verdict invalid(String reason) {
            return new Verdict(false, reason);
        }
    }
}
