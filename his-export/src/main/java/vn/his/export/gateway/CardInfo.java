package vn.his.export.gateway;

/**
 * Card data returned by {@code KQNhanLichSuKCB2024}, kept as the gateway wrote it (dates as text, dd/MM/yyyy in
 * practice) so that nothing is lost before the core module interprets it. Field names as in the reply
 * (bhyt-rules.md §1.3 [C]); any of them may be {@code null}.
 */
public record CardInfo(String maThe, String hoTen, String ngaySinh, String gioiTinh, String diaChi, String maDKBD,
                       String cqBHXH, String gtTheTu, String gtTheDen, String maKV, String ngayDu5Nam, String maSoBHXH,
                       String maTheCu, String maTheMoi, String gtTheTuMoi, String gtTheDenMoi, String maDKBDMoi,
                       String tenDKBDMoi) {
}
