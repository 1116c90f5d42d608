package com.kamplanner.segmentation;

import com.kamplanner.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The KA Director turned an account into a key account, or back into a candidate: who, when and why. */
@Entity
@Table(name = "selection_decision")
public class SelectionDecision implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "selection_decision_seq", sequenceName = "selection_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_decision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "key_account", nullable = false)
    private boolean keyAccount;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 40)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected SelectionDecision() {
    }

    SelectionDecision(Account account, boolean keyAccount, String reason, String decidedBy) {
        this.account = account;
        this.keyAccount = keyAccount;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public boolean isKeyAccount() {
        return keyAccount;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
