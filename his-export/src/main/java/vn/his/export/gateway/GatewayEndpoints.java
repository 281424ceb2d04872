package vn.his.export.gateway;

import java.util.Objects;

/**
 * Paths of the gateway services, relative to the base URL. The names changed with each decision
 * (QĐ 130 pilot {@code …Qd130}, QĐ 4750 {@code …Qd4750} in CV 1245/BHXH-CNTT §I.2–I.3, QĐ 3176 {@code …Qd3176}
 * in current public code — xml130.md §6.3–6.4), so they are configuration, not constants of the client.
 *
 * @param tokenPath    login, {@code /api/token/take} (CV 1245 §I.1)
 * @param checkInPath  check-in table XML0, {@code loaiHoSo=0}
 * @param dossierPath  claim dossier GIAMDINHHS, {@code loaiHoSo=130}
 * @param cardCheckPath card check / visit history ({@code KQNhanLichSuKCB2024}, xml130.md §6.6 [S/C])
 */
public record GatewayEndpoints(String tokenPath, String checkInPath, String dossierPath, String cardCheckPath) {

    public static final String TOKEN = "/api/token/take";
    public static final String CARD_CHECK_2024 = "/api/egw/KQNhanLichSuKCB2024";

    public GatewayEndpoints {
        tokenPath = requirePath(tokenPath, "tokenPath");
        checkInPath = requirePath(checkInPath, "checkInPath");
        dossierPath = requirePath(dossierPath, "dossierPath");
        cardCheckPath = requirePath(cardCheckPath, "cardCheckPath");
    }

    /** Endpoint names in force since QĐ 3176 (synchronous application 01/01/2025) [C+S, xml130.md §6.3]. */
    public static GatewayEndpoints qd3176() {
        return new GatewayEndpoints(TOKEN, "/api/qd130/checkInKcbQd3176", "/api/qd130/guiHoSoXmlQD3176", CARD_CHECK_2024);
    }

    /** Endpoint names of CV 1245/BHXH-CNTT (QĐ 4750) §I.2 and §I.3 [P]. */
    public static GatewayEndpoints qd4750() {
        return new GatewayEndpoints(TOKEN, "/api/qd130/checkInKcbQd4750", "/api/qd130/guiHoSoXmlQD4750", CARD_CHECK_2024);
    }

    private static String requirePath(String path, String name) {
        Objects.requireNonNull(path, name);
        String trimmed = path.trim();
        if (!trimmed.startsWith("/") || trimmed.contains("?") || trimmed.contains("#") || trimmed.contains(" ")) {
            throw new IllegalArgumentException(name + " must be an absolute path without query: " + path);
        }
        return trimmed;
    }
}
