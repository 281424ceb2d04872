package vn.his.export.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.export.gateway.GatewayAccount;

/**
 * The gateway account of each facility (table {@code gateway_account}). The password is stored only encrypted
 * ({@link GatewayCredentials}); the facility code and user name are the associated data, so a ciphertext copied to
 * another row does not decrypt. Nothing here logs an account.
 */
public class GatewayAccountStore {

    private final JdbcTemplate jdbc;
    private final GatewayCredentials credentials;
    private final Clock clock;

    public GatewayAccountStore(JdbcTemplate jdbc, GatewayCredentials credentials, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates or replaces the account of {@code account.maCskcb()}. */
    public void save(GatewayAccount account) {
        String encrypted = credentials.require().encrypt(account.password(), context(account.maCskcb(), account.username()));
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        int updated = jdbc.update("UPDATE gateway_account SET username = ?, password_encrypted = ?, ma_tinh = ?, "
                + "updated_at = ? WHERE facility_code = ?", account.username(), encrypted, account.maTinh(), now,
                account.maCskcb());
        if (updated == 0) {
            jdbc.update("INSERT INTO gateway_account (facility_code, username, password_encrypted, ma_tinh, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?)", account.maCskcb(), account.username(), encrypted, account.maTinh(), now);
        }
    }

    /** The account of the facility, its password decrypted in memory. */
    public Optional<GatewayAccount> find(String facilityCode) {
        List<GatewayAccount> rows = jdbc.query("SELECT username, password_encrypted, ma_tinh FROM gateway_account "
                + "WHERE facility_code = ?", (rs, n) -> new GatewayAccount(rs.getString(1),
                credentials.require().decrypt(rs.getString(2), context(facilityCode, rs.getString(1))),
                rs.getString(3), facilityCode), facilityCode);
        return rows.stream().findFirst();
    }

    public boolean exists(String facilityCode) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM gateway_account WHERE facility_code = ?", Integer.class,
                facilityCode);
        return n != null && n > 0;
    }

    private static String context(String facilityCode, String username) {
        return facilityCode + "|" + username;
    }
}
