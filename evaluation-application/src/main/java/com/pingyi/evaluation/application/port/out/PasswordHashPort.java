package com.pingyi.evaluation.application.port.out;

/**
 * Hashes passwords and checks them against a stored hash, so that the application never stores a
 * password in clear and never knows the hashing scheme.
 */
public interface PasswordHashPort {

    String hash(String clearPassword);

    boolean matches(String clearPassword, String storedHash);
}
