package vn.his.export.gateway.simulator;

import java.util.Objects;

/** A refusal the simulator answers with: result code and message, as the gateway would write them. */
public record Rejection(String maKetQua, String thongDiep) {

    public Rejection {
        Objects.requireNonNull(maKetQua, "maKetQua");
        Objects.requireNonNull(thongDiep, "thongDiep");
    }
}
