package vn.his.export.assessment;

import java.util.List;

/** The findings of one assessment; a claim with any ERROR is not sendable. */
public record Assessment(List<Finding> findings) {

    public Assessment {
        findings = List.copyOf(findings);
    }

    public boolean sendable() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }
}
