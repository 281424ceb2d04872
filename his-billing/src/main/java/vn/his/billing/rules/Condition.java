package vn.his.billing.rules;

/** A yes/no criterion of a visit-object row: the fact must be true, must be false, or does not matter. */
public enum Condition {
    ANY,
    REQUIRED,
    EXCLUDED;

    public boolean accepts(boolean fact) {
        return switch (this) {
            case ANY -> true;
            case REQUIRED -> fact;
            case EXCLUDED -> !fact;
        };
    }
}
