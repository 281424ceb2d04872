package vn.his.web.security;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.his.core.facility.Facility;

/** A person who signs in: bcrypt password hash, the facility they work at, their roles. */
@Entity
@Table(name = "web_user")
public class HisUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "demo_data", nullable = false)
    private boolean demoData;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "web_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected HisUser() {
    }

    /**
     * A new enabled user. {@code passwordHash} is an encoded password ({@code {bcrypt}...}); only an ADMIN may have no
     * facility.
     */
    public HisUser(String username, String passwordHash, String fullName, Facility facility, Set<Role> roles,
                   LocalDateTime now) {
        if (username == null || !username.matches("[a-z0-9._-]{2,60}")) {
            throw new IllegalArgumentException("user name must be 2–60 characters a-z 0-9 . _ -: " + username);
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " needs at least one role");
        }
        if (facility == null && !roles.contains(Role.ADMIN)) {
            throw new IllegalArgumentException("user " + username + " must belong to a facility");
        }
        if (passwordHash == null || !passwordHash.startsWith("{")) {
            throw new IllegalArgumentException("user " + username + " needs an encoded password");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName == null || fullName.isBlank() ? username : fullName.strip();
        this.facility = facility;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = now;
    }

    public HisUser markDemoData() {
        this.demoData = true;
        return this;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Replaces the password with another encoded one ({@code {bcrypt}...}). */
    public void changePassword(String passwordHash) {
        if (passwordHash == null || !passwordHash.startsWith("{")) {
            throw new IllegalArgumentException("user " + username + " needs an encoded password");
        }
        this.passwordHash = passwordHash;
    }

    /** New roles and facility, under the same rules as a new user (only an ADMIN may have no facility). */
    public void assign(Set<Role> roles, Facility facility) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " needs at least one role");
        }
        if (facility == null && !roles.contains(Role.ADMIN)) {
            throw new IllegalArgumentException("user " + username + " must belong to a facility");
        }
        this.roles.clear();
        this.roles.addAll(roles);
        this.facility = facility;
    }

    public void rename(String fullName) {
        this.fullName = fullName == null || fullName.isBlank() ? username : fullName.strip();
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String passwordHash() { return passwordHash; }
    public String fullName() { return fullName; }
    public Facility facility() { return facility; }
    public boolean enabled() { return enabled; }
    public boolean demoData() { return demoData; }
    public LocalDateTime createdAt() { return createdAt; }
    public Set<Role> roles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
}
