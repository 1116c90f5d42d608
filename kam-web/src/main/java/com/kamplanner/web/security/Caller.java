package com.kamplanner.web.security;

import com.kamplanner.people.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The caller's roles, read once per request, for menus and buttons ({@code #{caller.director}}): the one place the
 * web layer asks the security context, with the {@link Role} enum instead of role names. What the caller may do on
 * one account is not here: pages read it from the view their service returns.
 */
@Named
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @PostConstruct
    void readRoles() {
        Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.roleName())).forEach(roles::add);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The caller's roles, in the enum's order. */
    public List<Role> getRoles() {
        return List.copyOf(roles);
    }

    public boolean isExecutive() {
        return has(Role.EXECUTIVE);
    }

    public boolean isDirector() {
        return has(Role.KA_DIRECTOR);
    }

    public boolean isKam() {
        return has(Role.KAM);
    }

    public boolean isTeamMember() {
        return has(Role.TEAM_MEMBER);
    }

    public boolean isHr() {
        return has(Role.HR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** The KA Director and executives, who read every account. */
    public boolean isReadsAll() {
        return isDirector() || isExecutive();
    }

    /** Everyone who reads accounts: those who read all, KAMs and KA team members (not HR, not the administrator). */
    public boolean isReadsAccounts() {
        return isReadsAll() || isKam() || isTeamMember();
    }
}
