package com.kamplanner.selection;

import com.kamplanner.platform.LifecycleStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** An account's two indices under one criteria set version; an index is null while its group is not fully scored. */
public class IndexLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int setNumber;
    private final LifecycleStatus setStatus;
    private final BigDecimal attractiveness;
    private final BigDecimal strength;
    private final Instant computedAt;

    public IndexLine(int setNumber, LifecycleStatus setStatus, BigDecimal attractiveness, BigDecimal strength,
                     Instant computedAt) {
        this.setNumber = setNumber;
        this.setStatus = setStatus;
        this.attractiveness = attractiveness;
        this.strength = strength;
        this.computedAt = computedAt;
    }

    public int getSetNumber() {
        return setNumber;
    }

    public LifecycleStatus getSetStatus() {
        return setStatus;
    }

    public BigDecimal getAttractiveness() {
        return attractiveness;
    }

    public BigDecimal getStrength() {
        return strength;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
