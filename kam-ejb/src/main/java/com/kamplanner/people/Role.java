package com.kamplanner.people;

/**
 * The application roles, kept in one place so that menus, services and descriptors use the same names.
 * {@link Names} holds the same names as compile-time constants for {@code @RolesAllowed}.
 */
public enum Role {
    EXECUTIVE(Names.EXECUTIVE),
    KA_DIRECTOR(Names.KA_DIRECTOR),
    KAM(Names.KAM),
    TEAM_MEMBER(Names.TEAM_MEMBER),
    HR(Names.HR),
    ADMIN(Names.ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name the container knows the role by: the same as {@link #name()}, checked by a unit test. */
    public String roleName() {
        return roleName;
    }

    /** Role names as constants, because annotations cannot take enum values as strings. */
    public static final class Names {
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String KA_DIRECTOR = "KA_DIRECTOR";
        public static final String KAM = "KAM";
        public static final String TEAM_MEMBER = "TEAM_MEMBER";
        public static final String HR = "HR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
