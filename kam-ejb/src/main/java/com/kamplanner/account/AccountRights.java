package com.kamplanner.account;

import java.io.Serializable;
import java.util.Set;

/**
 * What one caller may do on one account, computed once by {@link AccountAccess#rights(Account)}: the one value
 * behind every account, database, strategy and plan check, so that "a KAM sees their own accounts and no one
 * else's" is decided in one place. The document policies ({@code DatabaseRights}, {@code StrategyRights},
 * {@code PlanRights}) only read it.
 */
public final class AccountRights implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String caller;
    private final boolean readsAll;
    private final boolean director;
    private final boolean kam;
    private final boolean onTeam;
    private final boolean external;
    private final boolean strategyGranted;
    private final Set<String> grantedSections;

    private AccountRights(Builder builder) {
        this.caller = builder.caller;
        this.readsAll = builder.readsAll || builder.director;
        this.director = builder.director;
        this.kam = builder.kam;
        this.onTeam = builder.onTeam;
        this.external = builder.onTeam && builder.external;
        this.strategyGranted = builder.onTeam && builder.strategyGranted;
        this.grantedSections = builder.onTeam ? Set.copyOf(builder.grantedSections) : Set.of();
    }

    /** Rights for the caller named {@code caller}; the relations to the account are added on the builder. */
    public static Builder of(String caller) {
        return new Builder(caller);
    }

    /** The KA Director and executives read every account. */
    public boolean canRead() {
        return readsAll || kam || onTeam;
    }

    /** Scoring is for the KA Director, the account's KAM and its team; executives only read. */
    public boolean canScore() {
        return director || kam || onTeam;
    }

    /** The relationship stages are set by the KA Director or the account's own KAM. */
    public boolean canSetStages() {
        return director || kam;
    }

    /** The username the rights were computed for. */
    public String getCaller() {
        return caller;
    }

    public boolean isReadsAll() {
        return readsAll;
    }

    public boolean isDirector() {
        return director;
    }

    /** The caller holds the KAM role and is this account's KAM. */
    public boolean isKam() {
        return kam;
    }

    /** The caller holds an account role (KAM or team member) and is on this account's KA team. */
    public boolean isOnTeam() {
        return onTeam;
    }

    /** The caller is on the team as a member from outside the company. */
    public boolean isExternal() {
        return external;
    }

    /** The account's KAM granted the caller, while on the team, write access to the strategy. */
    public boolean isStrategyGranted() {
        return strategyGranted;
    }

    /** The Key Account Database sections (and the stakeholder map) granted to the caller while on the team. */
    public Set<String> getGrantedSections() {
        return grantedSections;
    }

    /** Collects the facts {@link AccountAccess} reads from the security context and its one query. */
    public static final class Builder {
        private final String caller;
        private boolean readsAll;
        private boolean director;
        private boolean kam;
        private boolean onTeam;
        private boolean external;
        private boolean strategyGranted;
        private Set<String> grantedSections = Set.of();

        private Builder(String caller) {
            this.caller = caller;
        }

        public Builder readsAll(boolean value) {
            readsAll = value;
            return this;
        }

        public Builder director(boolean value) {
            director = value;
            return this;
        }

        public Builder kam(boolean value) {
            kam = value;
            return this;
        }

        /** Membership of the KA team, and what comes with it: external or not, the grants. */
        public Builder onTeam(boolean external, boolean strategyGranted, Set<String> grantedSections) {
            this.onTeam = true;
            this.external = external;
            this.strategyGranted = strategyGranted;
            this.grantedSections = grantedSections;
            return this;
        }

        public AccountRights build() {
            return new AccountRights(this);
        }
    }
}
