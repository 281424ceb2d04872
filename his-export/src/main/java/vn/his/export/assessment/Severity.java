package vn.his.export.assessment;

/** ERROR blocks sending the claim; WARNING is shown but does not block. */
public enum Severity {
    ERROR, WARNING
}
