package com.kamplanner.web.it;

import com.kamplanner.people.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only: runs a piece of work with the KA_DIRECTOR role, for in-container tests of the KA Director's services. */
@Stateless
@PermitAll
@RunAs(Role.Names.KA_DIRECTOR)
public class AsDirector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
