package org.probationinspections.application.port.out;

/** Hashes passwords for storage (a slow, salted hash) and checks a password against a hash. */
public interface PasswordHasher {

  String hash(String password);

  boolean verify(String password, String hash);
}
