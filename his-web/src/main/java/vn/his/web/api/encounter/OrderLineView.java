package vn.his.web.api.encounter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLine;

/** An order line with its amount at hospital price (quantity × unit price, 2 decimals HALF_UP). */
public record OrderLineView(int lineNo, OrderKind kind, String itemCode, String itemName, int costGroup, String unit,
                            BigDecimal quantity, BigDecimal hospitalUnitPrice, BigDecimal insuranceUnitPrice,
                            BigDecimal amount, int scope, int insuranceRatio, LocalDateTime orderTime,
                            String departmentCode, String orderingCchn) {

    public static OrderLineView of(OrderLine l) {
        return new OrderLineView(l.lineNo(), l.kind(), l.itemCode(), l.itemName(), l.costGroup(), l.unit(),
                l.quantity(), l.hospitalUnitPrice(), l.insuranceUnitPrice(),
                l.quantity().multiply(l.hospitalUnitPrice()).setScale(2, RoundingMode.HALF_UP), l.scope(),
                l.insuranceRatio(), l.orderTime(), l.departmentCode(), l.orderingCchn());
    }
}
