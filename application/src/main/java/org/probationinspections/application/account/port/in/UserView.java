package org.probationinspections.application.account.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.account.Role;

/** A user as listed: never the password's hash. */
public record UserView(
    String id,
    String username,
    Role role,
    List<String> regions,
    boolean enabled,
    Optional<Instant> lockedUntil,
    List<TokenView> tokens) {

  public record TokenView(String id, String name, Instant created, Optional<Instant> revoked) {}
}
