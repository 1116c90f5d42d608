package com.kamplanner.health;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A key account's stored health score, mapped only so that the portfolio's JPQL can join, sort and filter on it
 * in the database. Written by {@link HealthRefresh} in SQL, never through this entity; not cached, so that no
 * node serves another node's old score. Other features read {@code account_health} as a plain table.
 */
@Entity
@Cacheable(false)
@Table(name = "account_health")
public class AccountHealth implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "score")
    private Integer score;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected AccountHealth() {
    }

    public Long getAccountId() {
        return accountId;
    }

    public Integer getScore() {
        return score;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
