package com.kamplanner.web.it;

import com.kamplanner.people.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only: runs a piece of work with the ADMIN role, for in-container tests of role-protected services. */
@Stateless
@PermitAll
@RunAs(Role.Names.ADMIN)
public class AsAdministrator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
