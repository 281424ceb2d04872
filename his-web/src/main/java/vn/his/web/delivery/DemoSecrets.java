package vn.his.web.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Secrets of the demo kept in files of the data directory (created on first start, readable by the owner only):
 * the gateway credential key and the password of the demo keystore. Never logged.
 */
final class DemoSecrets {

    private DemoSecrets() {
    }

    /** The content of {@code file}, created with {@code create} when absent. */
    static String readOrCreate(Path file, Supplier<String> create) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            String value = create.get();
            try {
                Files.writeString(file, value, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException another) {
                return Files.readString(file, StandardCharsets.UTF_8).strip(); // another node of the demo was faster
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the directory's ACL
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
