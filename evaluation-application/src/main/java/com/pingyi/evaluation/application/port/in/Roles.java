package com.pingyi.evaluation.application.port.in;

/**
 * Role names for {@code @RolesAllowed} on the use cases. Annotations need constants; these mirror
 * {@link com.pingyi.evaluation.domain.user.Role} one to one (a test keeps them equal).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EXPERT = "EXPERT";
    public static final String UNIT_CONTACT = "UNIT_CONTACT";
    public static final String AUDITOR = "AUDITOR";
    public static final String SYSTEM = "SYSTEM";

    /**
     * Not a role: the only authority of a person whose password an admin set (a new account, a
     * reset) until they have chosen their own. Only the use cases a person needs to do that admit it.
     */
    public static final String PASSWORD_CHANGE_PENDING = "PASSWORD_CHANGE_PENDING";

    private Roles() {
    }
}
