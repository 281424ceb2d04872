package vn.his.export.xml;

import java.util.List;

import vn.his.core.common.DomainException;

/**
 * Writes the check-in document (XML0, QĐ 4750 Đ2; CV 1245 §2.4): CHI_TIEU_TRANG_THAI_KCB with the rows in
 * DSACH_TRANG_THAI_KCB and an empty CHUKYDONVI as last child, which the signer fills. It is sent on its own to the
 * check-in endpoint, never inside GIAMDINHHS.
 */
public final class CheckInDocumentWriter {

    private final Xml130Writer writer;

    public CheckInDocumentWriter(Xml130Writer writer) {
        this.writer = writer;
    }

    /** The check-in document of the snapshot's XML0 row. */
    public byte[] write(ClaimSnapshot snapshot) {
        CheckInStatus row = snapshot.checkInRow()
                .orElseThrow(() -> new DomainException("export.checkin.absent", snapshot.maLk()));
        return write(snapshot.schemaVersion(), List.of(row));
    }

    /** One check-in document carrying several rows (STT 1..n of one sending). */
    public byte[] write(String schemaVersion, List<CheckInStatus> rows) {
        if (rows.isEmpty()) {
            throw new DomainException("export.checkin.empty");
        }
        return writer.writeTable(Xml130Tables.CHECK_IN, rows, schemaVersion);
    }
}
