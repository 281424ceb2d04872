package vn.his.web.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;

/**
 * Pages of FHIR search results: a search answers its first page ({@code _count}, default {@link #DEFAULT_PAGE_SIZE},
 * at most {@link #MAX_PAGE_SIZE}) with {@code next}/{@code previous} links; HAPI keeps the result of the last
 * {@link #SEARCHES_KEPT} searches of this node in memory to serve the following pages. A page is served only to the user
 * who ran the search (anyone else gets 410 Gone as for an expired search): the facility scope and the audit rows were
 * decided for that user when the search ran.
 */
class FhirPaging extends FifoMemoryPagingProvider {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;
    static final int SEARCHES_KEPT = 200;

    /** Who ran each kept search, forgotten in the same order as the searches themselves. */
    private final Map<String, String> owners = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > SEARCHES_KEPT;
        }
    };

    FhirPaging() {
        super(SEARCHES_KEPT);
        setDefaultPageSize(DEFAULT_PAGE_SIZE);
        setMaximumPageSize(MAX_PAGE_SIZE);
    }

    @Override
    public synchronized String storeResultList(RequestDetails request, IBundleProvider list) {
        String id = super.storeResultList(request, list);
        owners.put(id, currentUser());
        return id;
    }

    @Override
    public synchronized IBundleProvider retrieveResultList(RequestDetails request, String id) {
        String owner = owners.get(id);
        if (owner == null || !Objects.equals(owner, currentUser())) {
            return null;
        }
        return super.retrieveResultList(request, id);
    }

    private static String currentUser() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? null : a.getName();
    }
}
