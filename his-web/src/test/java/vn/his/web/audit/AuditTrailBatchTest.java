package vn.his.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.Role;
import vn.his.web.security.SignedInUser;

/**
 * {@link AuditTrail#viewAll} writes its rows as one JDBC batch of the insert (an export names thousands of
 * encounters), never one statement per row, and nothing for an empty list.
 */
class AuditTrailBatchTest {

    final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    final AccessPolicy policy = mock(AccessPolicy.class);
    final AuditTrail audit = new AuditTrail(jdbc, policy, mock(PlatformTransactionManager.class),
            new ChangeAdmission(4, 5000));

    @Test
    void manyViewsAreOneBatchOfRowsOfTheSignedInUser() {
        when(policy.current()).thenReturn(new SignedInUser(7L, "thungan", "", "Thu Ngân", 40L, "TTYT Diễn Châu", "40",
                Set.of(Role.BILLING_CLERK), true));

        audit.viewAll(Resource.ENCOUNTER, List.of(11L, 12L, 13L), Channel.API);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Object[]>> rows = ArgumentCaptor.forClass(List.class);
        ArgumentCaptor<String> sql = ArgumentCaptor.forClass(String.class);
        verify(jdbc).batchUpdate(sql.capture(), rows.capture());
        verify(jdbc, never()).update(anyString(), any(Object[].class));
        assertThat(sql.getValue()).startsWith("INSERT INTO audit_event");
        // columns: at, username, facility_id, role, action, resource_type, resource_id, channel, path, address, detail
        assertThat(rows.getValue()).extracting(r -> r[6]).containsExactly(11L, 12L, 13L);
        assertThat(rows.getValue()).allSatisfy(r -> {
            assertThat(r).hasSize(11);
            assertThat(r[1]).isEqualTo("thungan");
            assertThat(r[2]).isEqualTo(40L);
            assertThat(r[3]).isEqualTo("BILLING_CLERK");
            assertThat(r[4]).isEqualTo("VIEW");
            assertThat(r[5]).isEqualTo("ENCOUNTER");
            assertThat(r[7]).isEqualTo("API");
            assertThat(r[10]).isNull();
        });
    }

    @Test
    void anEmptyListWritesNothing() {
        audit.viewAll(Resource.ENCOUNTER, List.of(), Channel.API);
        verifyNoInteractions(jdbc);
        verify(jdbc, never()).batchUpdate(anyString(), anyList());
    }
}
