package com.kamplanner.web.it;

import com.kamplanner.people.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only: runs a piece of work as the external KA team member Paul (principal paul.partner, role TEAM_MEMBER). */
@Stateless
@PermitAll
@RunAs(Role.Names.TEAM_MEMBER)
public class AsPartner {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
