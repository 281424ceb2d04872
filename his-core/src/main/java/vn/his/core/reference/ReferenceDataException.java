package vn.his.core.reference;

/**
 * A reference-data file (CSV under {@code db/reference/} or an official catalogue spreadsheet) is malformed.
 * Names the file and the line (CSV: physical line where the record starts, 1 = header; spreadsheet: the row
 * number Excel shows), so the defect can be found and fixed in the data.
 *
 * <p>The message is technical English on purpose: these files are shipped with the application and checked by
 * its tests, so a failure is a build or deployment defect seen by developers and operators, not a rule refusing a
 * user's input. If reference files ever become uploadable by users, wrap this exception in a
 * {@code DomainException} with a message key at that edge.
 */
public class ReferenceDataException extends RuntimeException {

    private final String source;
    private final long line;

    public ReferenceDataException(String source, long line, String reason) {
        this(source, line, reason, null);
    }

    public ReferenceDataException(String source, long line, String reason, Throwable cause) {
        super(source + ":" + line + ": " + reason, cause);
        this.source = source;
        this.line = line;
    }

    /** The file (or file and sheet) the defect is in. */
    public String source() {
        return source;
    }

    /** The line (CSV) or row (spreadsheet, 1-based) the defect is on. */
    public long line() {
        return line;
    }
}
