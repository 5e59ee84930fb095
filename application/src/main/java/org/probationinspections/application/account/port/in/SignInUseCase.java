package org.probationinspections.application.account.port.in;

import java.util.Optional;
import org.probationinspections.domain.account.Actor;

/**
 * Checks a name and password. Failed attempts are counted on the account, and too many in a row
 * lock it for a while; the refusal does not say whether the name exists.
 */
public interface SignInUseCase {

  Outcome signIn(String username, String password);

  /** Either the actor now signed in, or the sentence to show. */
  record Outcome(Optional<Actor> actor, String refusal) {
    public static Outcome signedIn(Actor actor) {
      return new Outcome(Optional.of(actor), "");
    }

    public static Outcome refused(String why) {
      return new Outcome(Optional.empty(), why);
    }
  }
}
