package com.kamplanner.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The two indices of an account under one criteria set, computed in the database ({@link IndexStatements}) and
 * read by the matrix without loading any score. Read-only for JPA: only the bulk statements write it.
 */
@Entity
@Table(name = "account_index")
@IdClass(AccountIndex.Key.class)
public class AccountIndex {

    /** Account and criteria set. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private Long criteriaSetId;

        public Key() {
        }

        public Key(Long accountId, Long criteriaSetId) {
            this.accountId = accountId;
            this.criteriaSetId = criteriaSetId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId)
                    && Objects.equals(criteriaSetId, k.criteriaSetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, criteriaSetId);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "criteria_set_id")
    private Long criteriaSetId;

    @Column(insertable = false, updatable = false)
    private BigDecimal attractiveness;

    @Column(insertable = false, updatable = false)
    private BigDecimal strength;

    @Column(name = "computed_at", insertable = false, updatable = false)
    private Instant computedAt;

    protected AccountIndex() {
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getCriteriaSetId() {
        return criteriaSetId;
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
