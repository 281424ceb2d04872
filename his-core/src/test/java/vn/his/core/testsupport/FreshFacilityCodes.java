package vn.his.core.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import vn.his.core.facility.FacilityRepository;

/**
 * Five-digit facility codes (province + 3 digits) that no facility of the test database holds yet, for every fixture
 * of one test JVM. One counter per province, shared by all fixtures, so two fixtures can never draw the same code (a
 * random draw from a range another fixture also draws from did: CI stop 12, duplicate '40902'); a code some test
 * saved by hand is skipped. Suffixes 100–899 only: 0xx and 9xx are left to the tests that name a code outright
 * (40017, 40960–40962, 40999).
 */
public final class FreshFacilityCodes {

    private static final int FIRST = 100;
    private static final int LAST = 899;
    private static final Map<String, AtomicInteger> NEXT = new ConcurrentHashMap<>();

    private FreshFacilityCodes() {
    }

    public static String of(String province, FacilityRepository facilities) {
        AtomicInteger next = NEXT.computeIfAbsent(province, p -> new AtomicInteger());
        for (int tries = 0; tries <= LAST - FIRST; tries++) {
            String code = province + String.format("%03d", FIRST + Math.floorMod(next.getAndIncrement(), LAST - FIRST + 1));
            if (facilities.findByCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("every test code of province " + province + " is taken");
    }
}
