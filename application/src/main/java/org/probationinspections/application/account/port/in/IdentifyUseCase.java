package org.probationinspections.application.account.port.in;

import java.util.Optional;
import org.probationinspections.domain.account.Actor;

/**
 * Who a session or an API token stands for, checked on each request so that a disabled user, a
 * changed role or a revoked token takes effect at once: a session's user is read afresh; a token
 * verified lately is remembered until any account changes through this process, or for a few
 * seconds at most when another process changes it (ADR 8).
 */
public interface IdentifyUseCase {

  /** The actor of a signed-in user, while the account is enabled. */
  Optional<Actor> byUsername(String username);

  /** The actor of an API token's user, while the token is active and the account enabled. */
  Optional<Actor> byApiToken(String token);
}
