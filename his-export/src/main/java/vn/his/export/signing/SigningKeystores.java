package vn.his.export.signing;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.his.core.common.DomainException;

/**
 * The signing keystore of each facility: the one an administrator uploaded ({@link UploadedKeystores}), else a
 * configured PKCS#12 file per facility code, else one for the whole deployment (a facility without its own entry uses
 * it). Keystores are opened on first use and kept; a facility without any
 * keystore cannot sign ({@code export.keystore.notConfigured}).
 */
public final class SigningKeystores {

    private final Map<String, KeystoreLocation> byFacility;
    private final KeystoreLocation fallback;
    private final UploadedKeystores uploaded;
    private final Map<KeystoreLocation, FacilityKeystore> opened = new ConcurrentHashMap<>();

    /**
     * @param byFacility keystores per 5-digit facility code
     * @param fallback   keystore of the deployment, or {@code null}
     */
    public SigningKeystores(Map<String, KeystoreLocation> byFacility, KeystoreLocation fallback) {
        this(byFacility, fallback, UploadedKeystores.none());
    }

    /** As above, with the uploaded keystores taking precedence over the configured ones. */
    public SigningKeystores(Map<String, KeystoreLocation> byFacility, KeystoreLocation fallback,
                            UploadedKeystores uploaded) {
        this.byFacility = Map.copyOf(byFacility);
        this.fallback = fallback;
        this.uploaded = Objects.requireNonNull(uploaded, "uploaded");
    }

    public static SigningKeystores none() {
        return new SigningKeystores(Map.of(), null);
    }

    public Optional<KeystoreLocation> location(String facilityCode) {
        Objects.requireNonNull(facilityCode, "facilityCode");
        Optional<KeystoreLocation> own = uploaded.find(facilityCode);
        return own.isPresent() ? own : Optional.ofNullable(byFacility.getOrDefault(facilityCode, fallback));
    }

    /** The opened keystore of {@code facilityCode}. */
    public FacilityKeystore keystore(String facilityCode) {
        KeystoreLocation location = location(facilityCode)
                .orElseThrow(() -> new DomainException("export.keystore.notConfigured", facilityCode));
        return opened.computeIfAbsent(location, KeystoreLocation::open);
    }

    public XmlDsigSigner signer(String facilityCode) {
        return new XmlDsigSigner(keystore(facilityCode));
    }

    public X509Certificate certificate(String facilityCode) {
        return keystore(facilityCode).certificate();
    }
}
