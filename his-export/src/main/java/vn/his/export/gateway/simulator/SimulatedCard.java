package vn.his.export.gateway.simulator;

import java.util.Objects;

import vn.his.export.gateway.CardInfo;

/**
 * One row of the simulator's card-check answer table. When {@code card} carries a name or a date of birth, a
 * request that does not match them is answered 060 / 070 instead of {@code maKetQua}.
 */
public record SimulatedCard(String maKetQua, String maKiemTra, String ghiChu, CardInfo card) {

    public SimulatedCard {
        Objects.requireNonNull(maKetQua, "maKetQua");
        Objects.requireNonNull(card, "card");
    }

    /** A correct card (000 / 00). */
    public static SimulatedCard correct(CardInfo card) {
        return new SimulatedCard("000", "00", "Thẻ hợp lệ", card);
    }
}
