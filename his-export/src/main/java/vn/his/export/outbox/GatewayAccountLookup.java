package vn.his.export.outbox;

import java.util.Optional;

import vn.his.export.gateway.GatewayAccount;

/** The gateway account a facility sends with (stored encrypted, see {@code vn.his.export.delivery.GatewayAccountStore}). */
@FunctionalInterface
public interface GatewayAccountLookup {

    Optional<GatewayAccount> find(String facilityCode);
}
