package com.kamplanner.web.bench;

import com.kamplanner.people.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Benchmark-only: runs a piece of work as the generated KAM bench.kam1 (see {@link HomePageBenchmarkIT#deployment}). */
@Stateless
@PermitAll
@RunAs(Role.Names.KAM)
public class AsBenchKam1 {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
