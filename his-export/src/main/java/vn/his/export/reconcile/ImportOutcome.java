package vn.his.export.reconcile;

/** What became of one row of an imported result file (column {@code assessment_result.outcome}). */
public enum ImportOutcome {
    /** Matched to a claim version (and line): its amounts count. */
    MATCHED,
    /** No claim version, line or facility to match, or outside the importer's scope: kept with why, never counted. */
    UNMATCHED,
    /** The row itself is malformed (missing MA_LK, amounts that do not add up, …): kept with why. */
    INVALID,
    /** The same finding with the same amounts was already recorded: nothing changes. */
    DUPLICATE,
    /** Was MATCHED; a later file gave other amounts for the same finding, which now count instead. */
    REPLACED
}
