package vn.his.web.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A prepared start-up layout ({@code prepare-start}): the application jar extracted into {@code dir} (the jar and
 * its {@code lib/}, which the JVM loads as plain jars instead of through Spring Boot's nested-jar loader) and a
 * class-data sharing archive of the classes a start loads ({@code his-web.jsa}, the JDK's AppCDS). The JVM maps the
 * archive instead of reading, parsing and verifying those classes again at every start. The archive records the
 * class path it was made for: moving the folder or replacing a jar makes the JVM ignore it (with a warning) and
 * start as without it.
 */
public record PreparedStart(Path dir) {

    public static final String JAR = "his-web.jar";
    public static final String ARCHIVE = "his-web.jsa";

    public Path jar() {
        return dir.resolve(JAR);
    }

    public Path archive() {
        return dir.resolve(ARCHIVE);
    }

    public boolean isComplete() {
        return Files.isRegularFile(jar()) && Files.isRegularFile(archive());
    }

    /** The command that starts the application from this layout with its archive. */
    public List<String> command(String java) {
        return List.of(java, "-XX:SharedArchiveFile=" + archive().toAbsolutePath(), "-jar",
                jar().toAbsolutePath().toString());
    }
}
