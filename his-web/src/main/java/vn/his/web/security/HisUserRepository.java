package vn.his.web.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HisUserRepository extends JpaRepository<HisUser, Long> {

    Optional<HisUser> findByUsername(String username);

    boolean existsByDemoDataTrue();
}
