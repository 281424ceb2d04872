package vn.his.export.outbox;

/** What a submission carries, and so which gateway call sends it (xml130.md §6). */
public enum SubmissionKind {
    /** XML0 alone in CHI_TIEU_TRANG_THAI_KCB, sent to checkInKcbQd3176. */
    CHECK_IN,
    /** One GIAMDINHHS dossier (one MA_LK, one claim version), sent to guiHoSoXmlQD3176. */
    DOSSIER
}
