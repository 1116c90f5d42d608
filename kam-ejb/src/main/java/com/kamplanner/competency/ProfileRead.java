package com.kamplanner.competency;

import com.kamplanner.people.AppUser;
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
import java.time.Instant;

/** One line of the access log: someone other than the KAM read the KAM's competency profile. Never edited. */
@Entity
@Table(name = "profile_read")
public class ProfileRead implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "profile_read_seq", sequenceName = "profile_read_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_read_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(nullable = false, length = 40)
    private String reader;

    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(name = "read_at", nullable = false)
    private Instant readAt = Instant.now();

    protected ProfileRead() {
    }

    public ProfileRead(AppUser owner, String reader, String purpose) {
        this.owner = owner;
        this.reader = reader;
        this.purpose = purpose;
    }

    public Long getId() {
        return id;
    }

    public AppUser getOwner() {
        return owner;
    }

    public String getReader() {
        return reader;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
