package vn.his.export.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;

import vn.his.core.common.DomainException;

/**
 * The facility's signing key and certificate from a PKCS#12 keystore (path, password, alias). The certificate
 * must be the one registered on the gateway portal (Quản trị hệ thống → Danh mục chứng thư số) [S].
 */
public final class FacilityKeystore {

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private FacilityKeystore(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    public static FacilityKeystore load(Path path, char[] password, String alias) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(alias, "alias");
        if (!Files.isReadable(path)) {
            throw new DomainException("export.keystore.unreadable", path);
        }
        char[] pw = password == null ? new char[0] : password.clone();
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, pw);
            if (!store.isKeyEntry(alias)) {
                throw new DomainException("export.keystore.noKey", alias, path);
            }
            if (!(store.getKey(alias, pw) instanceof PrivateKey key)
                    || !(store.getCertificate(alias) instanceof X509Certificate cert)) {
                throw new DomainException("export.keystore.noKey", alias, path);
            }
            if (!"RSA".equals(key.getAlgorithm())) {
                throw new DomainException("export.keystore.notRsa", alias, key.getAlgorithm());
            }
            return new FacilityKeystore(key, cert);
        } catch (IOException | GeneralSecurityException e) {
            throw new DomainException("export.keystore.cannotOpen", path, e.getMessage());
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }
}
