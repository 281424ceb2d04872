package vn.his.export.assessment;

import java.util.List;

/** A group of checks over a claim snapshot; each finding names one of the rule ids the group declares. */
public interface AssessmentRule {

    /** The rule ids this group can report (each has a message {@code assessment.<id>} in the export bundle). */
    List<String> ruleIds();

    void check(AssessmentContext context, List<Finding> findings);
}
