package vn.his.web.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HisUserRepository extends JpaRepository<HisUser, Long> {

    /** The user with its facility and roles in one query (sign-in reads it on every API call the cache misses). */
    @Query("select distinct u from HisUser u left join fetch u.facility left join fetch u.roles where u.username = :username")
    Optional<HisUser> findByUsername(String username);

    boolean existsByDemoDataTrue();
}
