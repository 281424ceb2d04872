package vn.his.billing.statement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.billing.BillingException;
import vn.his.billing.settlement.ChargedItem;
import vn.his.billing.settlement.JdbcSettlementLedger;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.encounter.OrderLine;

/**
 * The cost statement of an encounter: of its latest frozen version when it was settled, else a preview priced
 * from the live lines (marked as such: nothing is final until settlement).
 */
@Service
public class CostStatements {

    private final EncounterService encounters;
    private final JdbcSettlementLedger ledger;
    private final SettlementService settlement;
    private final CostStatementBuilder builder = new CostStatementBuilder();

    public CostStatements(EncounterService encounters, JdbcSettlementLedger ledger, SettlementService settlement) {
        this.encounters = encounters;
        this.ledger = ledger;
        this.settlement = settlement;
    }

    /** The statement of the encounter's latest version, or of a preview when it was never settled. */
    @Transactional(readOnly = true)
    public CostStatement forEncounter(long encounterId) {
        Encounter e = encounters.get(encounterId);
        Optional<SettledEncounter> current = ledger.current(encounterId);
        if (current.isPresent() && e.status() == EncounterStatus.SETTLED) {
            return builder.build(e, current.get(), ledger.chargedItems(encounterId, current.get().version()));
        }
        return builder.preview(e, settlement.preview(encounterId, Optional.empty()), liveItems(e));
    }

    /** The statement of one frozen version. */
    @Transactional(readOnly = true)
    public CostStatement forVersion(long encounterId, int version) {
        Encounter e = encounters.get(encounterId);
        SettledEncounter settled = ledger.version(encounterId, version)
                .orElseThrow(() -> new BillingException("billing.statement.noVersion", e.maLk(), version));
        return builder.build(e, settled, ledger.chargedItems(encounterId, version));
    }

    private static Map<String, ChargedItem> liveItems(Encounter e) {
        Map<String, ChargedItem> items = new LinkedHashMap<>();
        for (OrderLine l : e.lines()) {
            items.put(Integer.toString(l.lineNo()), new ChargedItem(l.itemCode(), l.itemName(), l.unit()));
        }
        return items;
    }
}
