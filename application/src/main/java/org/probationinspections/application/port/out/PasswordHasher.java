package org.probationinspections.application.port.out;

/** Hashes passwords for storage (a slow, salted hash) and checks a password against a hash. */
public interface PasswordHasher {

  String hash(String password);

  boolean verify(String password, String hash);

  /**
   * A hash to check an unknown name's password against, costing as much to check as a stored one,
   * so that timing does not tell names apart. An adapter may return one made in advance, so that
   * nothing is hashed at start.
   */
  default String decoyHash() {
    return hash("decoy password for unknown names");
  }
}
