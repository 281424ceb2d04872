package vn.his.export.signing;

import java.util.Optional;

/**
 * Signing keystores uploaded by an administrator (the web module keeps them in the database): when a facility has
 * one, {@link SigningKeystores} uses it before the configured {@code his.signing.*} files.
 */
@FunctionalInterface
public interface UploadedKeystores {

    /** The uploaded keystore of {@code facilityCode}, as a readable file with its password and alias. */
    Optional<KeystoreLocation> find(String facilityCode);

    static UploadedKeystores none() {
        return code -> Optional.empty();
    }
}
