package com.kamplanner.web.it;

import com.kamplanner.people.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only: runs a piece of work as the KAM Emma Laurent (principal emma.kam, role KAM). */
@Stateless
@PermitAll
@RunAs(Role.Names.KAM)
public class AsKam {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
