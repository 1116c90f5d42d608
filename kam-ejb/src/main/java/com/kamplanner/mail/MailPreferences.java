package com.kamplanner.mail;

import com.kamplanner.notification.NotificationKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/**
 * One person's stored e-mail preferences: the day of their weekly digest and the deliveries they chose that differ
 * from the defaults ({@link PreferenceRules}). A person who never saved theirs has no row. Changed only through
 * {@link MyMailPreferences}, whole, under the version.
 */
@Entity
@Table(name = "mail_preferences")
public class MailPreferences implements java.io.Serializable {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "weekly_day", nullable = false, length = 9)
    private DayOfWeek weeklyDay = PreferenceRules.DEFAULT_WEEKLY_DAY;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_preference", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "kind", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 10)
    private Map<NotificationKind, Delivery> overrides = new HashMap<>();

    @Version
    private long version;

    protected MailPreferences() {
    }

    MailPreferences(long userId) {
        this.userId = userId;
    }

    /** Replaces the choices: only those that differ from the defaults are kept. */
    void choose(Map<NotificationKind, Delivery> deliveries, DayOfWeek day) {
        Map<NotificationKind, Delivery> kept = PreferenceRules.overrides(deliveries);
        overrides.keySet().retainAll(kept.keySet());
        overrides.putAll(kept);
        weeklyDay = day;
    }

    MailChoices choices() {
        return new MailChoices(overrides, weeklyDay, version);
    }

    public Long getUserId() {
        return userId;
    }

    public long getVersion() {
        return version;
    }
}
