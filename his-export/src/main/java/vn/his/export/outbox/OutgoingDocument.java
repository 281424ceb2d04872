package vn.his.export.outbox;

import java.util.Objects;

/**
 * A document to deliver, before signing.
 *
 * @param kind          check-in or dossier
 * @param maLk          MA_LK of the encounter
 * @param facilityCode  MA_CSKCB of the sending facility (its keystore signs, its gateway account sends)
 * @param encounterId   the core encounter id
 * @param claimVersion  the claim version the dossier carries (0 for a check-in)
 * @param unsignedXml   the UTF-8 document with an empty CHUKYDONVI, exactly as written
 */
public record OutgoingDocument(SubmissionKind kind, String maLk, String facilityCode, long encounterId,
                               int claimVersion, byte[] unsignedXml) {

    public OutgoingDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(maLk, "maLk");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(unsignedXml, "unsignedXml");
        unsignedXml = unsignedXml.clone();
    }

    @Override
    public byte[] unsignedXml() {
        return unsignedXml.clone();
    }
}
