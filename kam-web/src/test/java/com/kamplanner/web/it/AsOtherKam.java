package com.kamplanner.web.it;

import com.kamplanner.people.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only: runs a piece of work as a second KAM, Lucas (principal lucas.kam, role KAM), to prove a KAM cannot reach a colleague's data. */
@Stateless
@PermitAll
@RunAs(Role.Names.KAM)
public class AsOtherKam {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
