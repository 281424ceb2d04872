package vn.his.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.common.ClinicalTime;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;

/**
 * One sign-in per role at the demo province's facilities (README "Demo users"), created right after the demo province
 * is loaded ({@code DemoStartup} runs at order 100): whenever demo facilities are in the database, their users are
 * not, and {@code his.demo.load} is not {@code false}. All share the documented password {@link #PASSWORD}; they are
 * flagged {@code demo_data}.
 */
@Component
@Order(110)
@ConditionalOnWebApplication // not in the export command, which runs without a web server and must not write users
public class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    /** The password of every demo user (documented in the README; demo data only). */
    public static final String PASSWORD = "demo-his-2026";

    /** A demo user: name, role, which demo facility (route level and rank among those of that level by name). */
    public record DemoUser(String username, String fullName, Role role, RouteLevel level, int rank) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("tramyte", "Nguyễn Thị Lan (trạm y tế)", Role.COMMUNE_STAFF, RouteLevel.COMMUNE, 0),
            new DemoUser("bacsi", "Trần Văn Hùng (bác sĩ)", Role.CLINICIAN, RouteLevel.DISTRICT, 0),
            new DemoUser("thungan", "Lê Thị Hoa (thu ngân)", Role.BILLING_CLERK, RouteLevel.DISTRICT, 0),
            new DemoUser("thungan2", "Phạm Văn Nam (thu ngân)", Role.BILLING_CLERK, RouteLevel.DISTRICT, 1),
            new DemoUser("giamdinh", "Hồ Thị Mai (giám định BHXH)", Role.INSURANCE_OFFICER, RouteLevel.PROVINCIAL, 0),
            new DemoUser("quantri", "Quản trị hệ thống", Role.ADMIN, RouteLevel.PROVINCIAL, 0));

    private final HisUserRepository users;
    private final FacilityRepository facilities;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final ClinicalTime time;
    private final String setting;

    public DemoUsers(HisUserRepository users, FacilityRepository facilities, PasswordEncoder encoder,
                     TransactionTemplate tx, ClinicalTime time, @Value("${his.demo.load:auto}") String setting) {
        this.users = users;
        this.facilities = facilities;
        this.encoder = encoder;
        this.tx = tx;
        this.time = time;
        this.setting = setting;
    }

    @Override
    public void run(ApplicationArguments args) {
        if ("false".equalsIgnoreCase(setting.strip())) {
            return;
        }
        tx.executeWithoutResult(s -> createIfMissing());
    }

    /** Creates the demo users when the demo facilities exist and no demo user does; returns how many were made. */
    public int createIfMissing() {
        List<Facility> demo = facilities.findAll().stream().filter(Facility::demoData)
                .sorted(Comparator.comparing(Facility::name)).toList();
        if (demo.isEmpty() || users.existsByDemoDataTrue()) {
            return 0;
        }
        String hash = encoder.encode(PASSWORD);
        int made = 0;
        for (DemoUser d : USERS) {
            List<Facility> ofLevel = demo.stream().filter(f -> f.routeLevel() == d.level()).toList();
            if (ofLevel.size() <= d.rank() || users.findByUsername(d.username()).isPresent()) {
                continue;
            }
            Set<Role> roles = EnumSet.of(d.role());
            users.save(new HisUser(d.username(), hash, d.fullName(), ofLevel.get(d.rank()), roles, time.now())
                    .markDemoData());
            made++;
        }
        LOG.info("Created {} demo users (password in the README)", made);
        return made;
    }
}
