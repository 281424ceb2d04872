package vn.his.export.gateway.simulator;

import java.time.Instant;
import java.util.List;

/**
 * One call the simulator received and what it answered. No password, hash or token is kept.
 *
 * @param maLk     MA_LK values found in the document (XML1 of each HOSO, or the check-in rows); empty otherwise
 * @param fault    the injected fault, or {@code null}
 * @param maKetQua answered result code, or {@code null} when the answer had none (HTTP 500, garbage)
 */
public record ReceivedRequest(Instant receivedAt, Kind kind, String path, String username, String loaiHoSo,
                              String maCskcb, List<String> maLk, SimulatorFaults.Fault fault, int httpStatus,
                              String maKetQua, String maGiaoDich, String thongDiep) {

    public enum Kind { TOKEN, CHECK_IN, DOSSIER, CARD_CHECK, UNKNOWN }

    public ReceivedRequest {
        maLk = List.copyOf(maLk);
    }

    public boolean accepted() {
        return "200".equals(maKetQua) || ("000".equals(maKetQua) && kind == Kind.CARD_CHECK);
    }
}
