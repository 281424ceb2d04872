package vn.his.export.signing;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a facility's PKCS#12 keystore is and how to open it. {@code toString()} hides the password.
 *
 * @param path     the .p12 file
 * @param password its password (may be empty)
 * @param alias    the entry holding the key and the certificate registered on the gateway portal
 */
public record KeystoreLocation(Path path, String password, String alias) {

    public KeystoreLocation {
        Objects.requireNonNull(path, "path");
        password = password == null ? "" : password;
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("keystore alias must not be blank");
        }
    }

    public FacilityKeystore open() {
        return FacilityKeystore.load(path, password.toCharArray(), alias);
    }

    @Override
    public String toString() {
        return "KeystoreLocation[path=" + path + ", password=***, alias=" + alias + "]";
    }
}
