package vn.his.web.admin.facility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.export.delivery.GatewayCredentials;
import vn.his.export.gateway.CredentialCipher;
import vn.his.export.signing.KeystoreLocation;
import vn.his.export.signing.UploadedKeystores;

/**
 * The signing keystores administrators upload per facility (table {@code facility_keystore}). {@link #check} opens an
 * uploaded PKCS#12 with its password and refuses it unless it holds one RSA key with an X.509 certificate valid today;
 * the password is stored encrypted with the gateway passwords' key and cipher ({@link GatewayCredentials}). For
 * signing, {@link #find} writes the keystore to a private temporary file once (named by its SHA-256, so a new upload is
 * a new location and is opened afresh by {@code SigningKeystores}). Nothing here logs a password.
 */
@Component
public class DatabaseKeystores implements UploadedKeystores {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseKeystores.class);
    private static final ZoneId VIETNAM = ClinicalTime.VIETNAM;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcTemplate jdbc;
    private final GatewayCredentials credentials;
    private final ClinicalTime time;
    private volatile Path directory;

    public DatabaseKeystores(JdbcTemplate jdbc, GatewayCredentials credentials, ClinicalTime time) {
        this.jdbc = jdbc;
        this.credentials = credentials;
        this.time = time;
    }

    /** An opened, accepted keystore: its alias and certificate. */
    public record Checked(String alias, X509Certificate certificate) {
    }

    /**
     * Opens the keystore and refuses it (DomainException, {@code admin.cert.*}) when it cannot be read with this
     * password, holds no RSA key with a certificate (or several, and no alias is given), or its certificate is not
     * valid today.
     */
    public Checked check(byte[] content, String password, String alias) {
        if (content == null || content.length == 0) {
            throw new DomainException("admin.cert.empty");
        }
        char[] pw = password == null ? new char[0] : password.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(content), pw);
            List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
            String chosen = alias == null || alias.isBlank() ? (keys.size() == 1 ? keys.get(0) : null) : alias.strip();
            if (chosen == null || !keys.contains(chosen)) {
                throw new DomainException("admin.cert.noKey", String.join(", ", keys));
            }
            if (!(store.getKey(chosen, pw) instanceof PrivateKey key)
                    || !(store.getCertificate(chosen) instanceof X509Certificate cert)) {
                throw new DomainException("admin.cert.noKey", chosen);
            }
            if (!"RSA".equals(key.getAlgorithm())) {
                throw new DomainException("admin.cert.notRsa", key.getAlgorithm());
            }
            LocalDateTime now = time.now();
            if (local(cert.getNotAfter().toInstant()).isBefore(now)) {
                throw new DomainException("admin.cert.expired", DAY.format(local(cert.getNotAfter().toInstant())));
            }
            if (local(cert.getNotBefore().toInstant()).isAfter(now)) {
                throw new DomainException("admin.cert.notYetValid", DAY.format(local(cert.getNotBefore().toInstant())));
            }
            return new Checked(chosen, cert);
        } catch (IOException | GeneralSecurityException e) {
            // a wrong password and a file that is not PKCS#12 look alike to the KeyStore API
            throw new DomainException("admin.cert.unreadable");
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    /** Stores (or replaces) a checked keystore of a facility. */
    public void save(String facilityCode, byte[] content, String password, Checked checked, String by) {
        CredentialCipher cipher = credentials.cipher()
                .orElseThrow(() -> new DomainException("export.gateway.noCredentialKey"));
        String sha = sha256(content);
        String encrypted = cipher.encrypt(password == null ? "" : password, context(facilityCode, sha));
        X509Certificate c = checked.certificate();
        Object[] values = {content, sha, encrypted, checked.alias(), truncate(c.getSubjectX500Principal().getName()),
                truncate(c.getIssuerX500Principal().getName()), c.getSerialNumber().toString(16),
                Timestamp.valueOf(local(c.getNotBefore().toInstant())),
                Timestamp.valueOf(local(c.getNotAfter().toInstant())), by, Timestamp.valueOf(time.now())};
        int updated = jdbc.update("UPDATE facility_keystore SET content = ?, sha256 = ?, password_encrypted = ?, alias = ?,"
                + " subject = ?, issuer = ?, serial_number = ?, not_before = ?, not_after = ?, updated_by = ?,"
                + " updated_at = ? WHERE facility_code = ?", append(values, facilityCode));
        if (updated == 0) {
            jdbc.update("INSERT INTO facility_keystore (content, sha256, password_encrypted, alias, subject, issuer,"
                    + " serial_number, not_before, not_after, updated_by, updated_at, facility_code)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", append(values, facilityCode));
        }
    }

    public Optional<CertificateInfo> info(String facilityCode) {
        return jdbc.query("SELECT alias, subject, issuer, serial_number, not_before, not_after, updated_by, updated_at"
                        + " FROM facility_keystore WHERE facility_code = ?",
                (rs, n) -> new CertificateInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime(), rs.getTimestamp(6).toLocalDateTime(), rs.getString(7),
                        rs.getTimestamp(8).toLocalDateTime()), facilityCode).stream().findFirst();
    }

    @Override
    public Optional<KeystoreLocation> find(String facilityCode) {
        record Row(byte[] content, String sha, String encrypted, String alias) {
        }
        Optional<Row> row = jdbc.query("SELECT content, sha256, password_encrypted, alias FROM facility_keystore"
                        + " WHERE facility_code = ?", (rs, n) -> new Row(rs.getBytes(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), facilityCode).stream().findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        CredentialCipher cipher = credentials.cipher()
                .orElseThrow(() -> new DomainException("export.gateway.noCredentialKey"));
        String password = cipher.decrypt(r.encrypted(), context(facilityCode, r.sha()));
        Path file = directory().resolve(facilityCode + "-" + r.sha().substring(0, 16) + ".p12");
        try {
            if (!Files.exists(file)) {
                Path tmp = Files.createTempFile(directory(), facilityCode, ".part");
                Files.write(tmp, r.content());
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                file.toFile().deleteOnExit(); // registered after its directory, so removed before it at exit
            }
        } catch (IOException e) {
            throw new DomainException("export.keystore.cannotOpen", file, e.getMessage());
        }
        return Optional.of(new KeystoreLocation(file, password, r.alias()));
    }

    /**
     * Removes the keystore files written for signing, and their directory, when the application stops: they hold the
     * facilities' private keys (under their passwords) and must not stay in the temporary folder after the process.
     * A file that cannot be removed is logged with its path and the stop goes on; a later {@link #find} writes again.
     */
    @PreDestroy
    public synchronized void deleteWrittenKeystores() {
        Path d = directory;
        if (d == null) {
            return;
        }
        try (var files = Files.list(d)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(d);
        } catch (IOException e) {
            LOG.warn("Could not remove the keystore files written for signing under {}: {}", d, e.toString());
        }
        directory = null;
    }

    private Path directory() {
        Path d = directory;
        if (d == null) {
            synchronized (this) {
                if (directory == null) {
                    try {
                        directory = supportsPosix()
                                ? Files.createTempDirectory("his-keystores",
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                                : Files.createTempDirectory("his-keystores");
                        directory.toFile().deleteOnExit();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot create the keystore directory", e);
                    }
                }
                d = directory;
            }
        }
        return d;
    }

    private static boolean supportsPosix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static LocalDateTime local(java.time.Instant i) {
        return LocalDateTime.ofInstant(i, VIETNAM);
    }

    private static String context(String facilityCode, String sha) {
        return "keystore|" + facilityCode + "|" + sha;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String truncate(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
