package vn.his.web.admin.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an import will do: rows to add (new price periods), rows to change (same kind, code and first day, other
 * values), earlier open periods it closes (the day before a new period starts), how many rows are already as the file
 * says, and the refused rows with their reasons. {@link #hash()} fingerprints the plan so a confirmation applies
 * exactly what was previewed.
 */
public record CatalogImportPlan(List<Planned> added, List<Planned> changed, List<ItemValues> closed, int unchanged,
                                List<Refused> refused) {

    /** A row of the file that will be written; {@code before} is the stored row it changes (null when added). */
    public record Planned(long line, ItemValues values, ItemValues before) {
    }

    /** A refused row: its line, code (as written) and the message keys with arguments of every reason. */
    public record Refused(long line, String code, List<Reason> reasons) {
    }

    /** One reason a row is refused: a message key of the web bundle and its arguments. */
    public record Reason(String key, List<Object> args) {
    }

    public int accepted() {
        return added.size() + changed.size();
    }

    public String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Planned p : added) {
                sha.update(("A" + p.values()).getBytes(StandardCharsets.UTF_8));
            }
            for (Planned p : changed) {
                sha.update(("C" + p.values() + p.before()).getBytes(StandardCharsets.UTF_8));
            }
            for (ItemValues c : closed) {
                sha.update(("X" + c).getBytes(StandardCharsets.UTF_8));
            }
            sha.update(("U" + unchanged + "R" + refused.size()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
