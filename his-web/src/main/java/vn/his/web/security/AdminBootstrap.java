package vn.his.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.util.EnumSet;

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

/**
 * The first administrator of a fresh install: when the database holds no user at all, creates
 * {@code his.admin.username} (default {@code admin}, no facility, role ADMIN) with the password of
 * {@code his.admin.password} (HIS_ADMIN_PASSWORD, at least 12 characters). Without that setting nobody can sign in
 * and a warning says so. Runs after the demo users.
 */
@Component
@Order(120)
@ConditionalOnWebApplication // not in the export command, which runs without a web server and must not write users
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    static final int MIN_LENGTH = 12;

    private final HisUserRepository users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final ClinicalTime time;
    private final String username;
    private final String password;

    public AdminBootstrap(HisUserRepository users, PasswordEncoder encoder, TransactionTemplate tx, ClinicalTime time,
                          @Value("${his.admin.username:admin}") String username,
                          @Value("${his.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.tx = tx;
        this.time = time;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> createIfNoUser());
    }

    /** Creates the administrator when there is no user and a password is configured; true when it did. */
    public boolean createIfNoUser() {
        if (users.count() > 0) {
            return false;
        }
        if (password == null || password.isBlank()) {
            LOG.warn("No user can sign in: the database has no user. Set HIS_ADMIN_PASSWORD (at least {} characters) "
                    + "and restart to create the administrator '{}'.", MIN_LENGTH, username);
            return false;
        }
        if (password.length() < MIN_LENGTH) {
            throw new IllegalStateException("HIS_ADMIN_PASSWORD must have at least " + MIN_LENGTH + " characters");
        }
        users.save(new HisUser(username.strip().toLowerCase(), encoder.encode(password), "Administrator", null,
                EnumSet.of(Role.ADMIN), time.now()));
        LOG.info("Created the administrator '{}' from HIS_ADMIN_PASSWORD", username);
        return true;
    }
}
