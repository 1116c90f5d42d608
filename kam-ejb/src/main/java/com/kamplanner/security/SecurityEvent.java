package com.kamplanner.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One security event. Written once and never changed (the version is there for uniformity only). The user name
 * is as typed, so a refused name may be one nobody has; an address block's rows carry no user name.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final int USERNAME_LENGTH = 120;

    @Id
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private SecurityEventType type;

    @Column(length = 120)
    private String username;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(nullable = false)
    private Instant at;

    @Column(length = 200)
    private String detail;

    @Version
    private long version;

    protected SecurityEvent() {
    }

    public SecurityEvent(SecurityEventType type, String username, String remoteAddress, Instant at, String detail) {
        this.type = type;
        this.username = clip(username, USERNAME_LENGTH);
        this.remoteAddress = clip(remoteAddress, 64);
        this.at = at;
        this.detail = clip(detail, 200);
    }

    static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public Instant getAt() {
        return at;
    }

    public String getDetail() {
        return detail;
    }
}
