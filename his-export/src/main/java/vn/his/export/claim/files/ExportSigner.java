package vn.his.export.claim.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;

import vn.his.core.common.DomainException;
import vn.his.export.signing.DemoCertificateFactory;
import vn.his.export.signing.FacilityKeystore;
import vn.his.export.signing.XmlDsigSigner;

/**
 * The signer of exported files: the facility keystore named by configuration ({@code his.signing.keystore},
 * {@code his.signing.password}, optional {@code his.signing.alias}; without an alias the keystore's only key), or,
 * when no keystore is configured, a self-signed demo certificate generated for this run — which the gateway will
 * not accept, so the caller must say so.
 */
public record ExportSigner(XmlDsigSigner signer, boolean demo, String subject) {

    public static ExportSigner configured(String keystore, String password, String alias) {
        if (keystore == null || keystore.isBlank()) {
            return generatedDemo();
        }
        Path path = Path.of(keystore);
        char[] pw = password == null ? new char[0] : password.toCharArray();
        FacilityKeystore store = FacilityKeystore.load(path, pw,
                alias == null || alias.isBlank() ? onlyKey(path, pw) : alias);
        return new ExportSigner(new XmlDsigSigner(store), false,
                store.certificate().getSubjectX500Principal().getName());
    }

    /** A signer with a new self-signed demo certificate, valid for a year from now. */
    public static ExportSigner generatedDemo() {
        try {
            Path file = Files.createTempFile("his-export-demo", ".p12");
            try {
                char[] pw = "demo".toCharArray();
                DemoCertificateFactory.create(file, pw, "demo", "CN=Demo HIS export,O=HIS demo,C=VN", Instant.now(),
                        Duration.ofDays(365));
                FacilityKeystore store = FacilityKeystore.load(file, pw, "demo");
                return new ExportSigner(new XmlDsigSigner(store), true,
                        store.certificate().getSubjectX500Principal().getName());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the demo keystore", e);
        }
    }

    private static String onlyKey(Path path, char[] password) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            var keys = Collections.list(store.aliases()).stream().filter(a -> {
                try {
                    return store.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).toList();
            if (keys.size() != 1) {
                throw new DomainException("claim.export.keystoreAlias", path, keys.size());
            }
            return keys.get(0);
        } catch (IOException | GeneralSecurityException e) {
            throw new DomainException("export.keystore.cannotOpen", path, e.getMessage());
        }
    }

    public byte[] sign(byte[] unsignedXml) {
        return signer.sign(unsignedXml);
    }
}
