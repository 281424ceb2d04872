/**
 * Client of the BHXH assessment gateway ("Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định BHYT"):
 * token ({@code /api/token/take}), check-in (XML0), claim dossier (GIAMDINHHS) and card check
 * ({@code KQNhanLichSuKCB2024}), per CV 1245/BHXH-CNTT §I (QĐ 4750) with the QĐ 3176 endpoint names.
 * Plain Java (no Spring): {@link vn.his.export.gateway.GatewayClient} over {@code java.net.http.HttpClient}.
 * Results are values ({@link vn.his.export.gateway.SubmissionResult}, {@link vn.his.export.gateway.CardCheckResult});
 * the outbox decides what to do with an {@link vn.his.export.gateway.SubmissionOutcome}.
 */
package vn.his.export.gateway;
