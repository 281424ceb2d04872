package vn.his.web.admin.facility;

import java.time.LocalDateTime;

/** What the screens show of a facility's uploaded signing certificate (never the key or the password). */
public record CertificateInfo(String alias, String subject, String issuer, String serialNumber,
                              LocalDateTime notBefore, LocalDateTime notAfter, String updatedBy,
                              LocalDateTime updatedAt) {
}
