package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Amounts of the four other-source fields, 2 decimals; {@link #total()} is T_NGUONKHAC. */
public record OtherSources(BigDecimal nsnn, BigDecimal vtnn, BigDecimal vttn, BigDecimal cl) {

    public static final OtherSources NONE = new OtherSources(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public OtherSources {
        nsnn = scaled(nsnn);
        vtnn = scaled(vtnn);
        vttn = scaled(vttn);
        cl = scaled(cl);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return Objects.requireNonNull(value, "amount").setScale(2, RoundingMode.HALF_UP);
    }

    /** Only {@code source} carries {@code amount}. */
    public static OtherSources of(OtherSource source, BigDecimal amount) {
        BigDecimal z = BigDecimal.ZERO;
        return switch (source) {
            case NSNN -> new OtherSources(amount, z, z, z);
            case VTNN -> new OtherSources(z, amount, z, z);
            case VTTN -> new OtherSources(z, z, amount, z);
            case CL -> new OtherSources(z, z, z, amount);
        };
    }

    /** T_NGUONKHAC = NSNN + VTNN + VTTN + CL. */
    public BigDecimal total() {
        return nsnn.add(vtnn).add(vttn).add(cl);
    }

    public OtherSources plus(OtherSources other) {
        return new OtherSources(nsnn.add(other.nsnn), vtnn.add(other.vtnn), vttn.add(other.vttn), cl.add(other.cl));
    }

    public boolean anyNegative() {
        return nsnn.signum() < 0 || vtnn.signum() < 0 || vttn.signum() < 0 || cl.signum() < 0;
    }
}
