package vn.his.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;

import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Department;
import vn.his.core.facility.DepartmentRepository;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * FHIR searches are paged (issue 5): {@code _count} sets the page (default 50, at most 200), the Bundle carries
 * {@code next}/{@code previous} links and its total, and following {@code next} with HAPI's client visits every result
 * exactly once; a page is served only to the user who searched.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirPagingDbTest {

    static final int DEPARTMENTS = 23;

    @LocalServerPort
    int port;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    FacilityRepository facilities;
    @Autowired
    DepartmentRepository departments;

    Facility f;
    Set<String> expected;

    @BeforeAll
    void facilityWithManyDepartments() {
        fixtures.world();
        Facility n = new Facility("Bệnh viện phân trang " + System.nanoTime(), RouteLevel.DISTRICT, CareLevel.BASIC, 50,
                false, "40", null);
        n.assignCode(FreshFacilityCodes.of("40", facilities), LocalDate.of(2020, 1, 1));
        f = facilities.save(n);
        for (int i = 1; i <= DEPARTMENTS; i++) {
            departments.save(new Department(f, String.format("K%02d", i), "Khoa số " + i, i % 2 == 0));
        }
        expected = departments.findByFacilityIdOrderByCode(f.id()).stream().map(d -> String.valueOf(d.id()))
                .collect(Collectors.toSet());
        assertThat(expected).hasSize(DEPARTMENTS);
    }

    Bundle search(IGenericClient client, Integer count) {
        var q = client.search().forResource(Location.class)
                .where(new ReferenceClientParam(Location.SP_ORGANIZATION).hasId("Organization/" + f.id()));
        if (count != null) {
            q = q.count(count);
        }
        return q.returnBundle(Bundle.class).execute();
    }

    static List<String> ids(Bundle b) {
        return b.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    @Test
    void followingNextVisitsEveryResultExactlyOnce() {
        IGenericClient admin = FhirScenario.client(port, "admin");
        Bundle page = search(admin, 5);
        assertThat(page.getTotal()).isEqualTo(DEPARTMENTS);
        assertThat(page.getLink(Bundle.LINK_PREV)).isNull();
        List<String> seen = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            assertThat(page.getEntry()).hasSizeBetween(1, 5);
            seen.addAll(ids(page));
            if (pages > 1) {
                assertThat(page.getLink(Bundle.LINK_PREV)).as("page " + pages).isNotNull();
            }
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            page = admin.loadPage().next(page).execute();
            assertThat(pages).as("pages followed").isLessThan(10);
        }
        assertThat(pages).isEqualTo(5);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);

        // previous goes back to the page before
        Bundle second = admin.loadPage().next(search(admin, 5)).execute();
        Bundle first = admin.loadPage().previous(second).execute();
        assertThat(ids(first)).hasSize(5).doesNotContainAnyElementsOf(ids(second));
    }

    @Test
    void theDefaultPageHoldsFiftyAndCountIsCappedAt200() {
        IGenericClient admin = FhirScenario.client(port, "admin");
        Bundle all = search(admin, null);
        assertThat(ids(all)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(all.getLink(Bundle.LINK_NEXT)).isNull();
        assertThat(FhirPaging.DEFAULT_PAGE_SIZE).isEqualTo(50);
        Bundle capped = search(admin, 100_000);
        assertThat(ids(capped)).hasSize(DEPARTMENTS);
        assertThat(new FhirPaging().getMaximumPageSize()).isEqualTo(200);
        assertThat(new FhirPaging().getDefaultPageSize()).isEqualTo(50);
    }

    @Test
    void anotherUserCannotFollowTheNextLinkOfMySearch() {
        Bundle mine = search(FhirScenario.client(port, "admin"), 5);
        assertThat(mine.getLink(Bundle.LINK_NEXT)).isNotNull();
        IGenericClient other = FhirScenario.client(port, "clinician-a");
        assertThatThrownBy(() -> other.loadPage().next(mine).execute()).isInstanceOf(ResourceGoneException.class);
    }
}
