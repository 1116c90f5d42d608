package com.kamplanner.web.it;

import com.kamplanner.people.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only: runs a piece of work as the HR reviewer Hana (principal hana.hr, role HR). */
@Stateless
@PermitAll
@RunAs(Role.Names.HR)
public class AsHr {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
