package vn.his.export.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a self-signed RSA-2048 demo certificate (SHA256withRSA) and its key in a PKCS#12 file, for development,
 * demos and tests. Never for production: the gateway accepts only a certificate registered for the facility.
 */
public final class DemoCertificateFactory {

    private DemoCertificateFactory() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: DemoCertificateFactory <file.p12> <password> <alias> <facility code>");
            System.exit(2);
        }
        create(Path.of(args[0]), args[1].toCharArray(), args[2], "CN=Demo " + args[3] + ",O=HIS demo,C=VN",
                Instant.now(), Duration.ofDays(365));
        System.out.println("Wrote " + args[0]);
    }

    /** Writes a new key pair and self-signed certificate under {@code alias}, valid from {@code notBefore}. */
    public static X509Certificate create(Path file, char[] password, String alias, String subject,
                                         Instant notBefore, Duration validity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Principal name = new X500Principal(subject);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(notBefore), Date.from(notBefore.plus(validity)), name, pair.getPublic());
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return certificate;
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot create the demo certificate " + file, e);
        }
    }
}
