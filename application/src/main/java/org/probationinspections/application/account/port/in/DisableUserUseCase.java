package org.probationinspections.application.account.port.in;

/** Stops a user signing in or using any of their API tokens; the account and its history stay. */
public interface DisableUserUseCase {

  void disable(String username);
}
