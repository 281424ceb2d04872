package vn.his.web.fhir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the gateway's imported assessment of a claim version for its ClaimResponse: the MATCHED rows of
 * {@code assessment_result} (a REPLACED or DUPLICATE row never counts, as in the reconciliation).
 */
@Component
class ClaimAssessments {

    private final JdbcTemplate jdbc;

    ClaimAssessments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ClaimMapper.Assessment of(long claimVersionId) {
        return new ClaimMapper.Assessment(jdbc.query("SELECT table_code, stt, amount_refused, reason_code, reason_text"
                + " FROM assessment_result WHERE claim_version_id = ? AND outcome = 'MATCHED' ORDER BY id",
                (rs, n) -> new ClaimMapper.Refusal(rs.getString(1), (Integer) rs.getObject(2, Integer.class),
                        rs.getBigDecimal(3), rs.getString(4), rs.getString(5)), claimVersionId));
    }
}
