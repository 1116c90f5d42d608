package com.kamplanner.web.mail;

import com.kamplanner.mail.Delivery;
import com.kamplanner.mail.MailChoices;
import com.kamplanner.mail.MyMailPreferences;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.NotificationTitles;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.LanguagePreference;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code me/mail-preferences.xhtml}: the caller's choice, per kind of notification, of how it reaches their
 * inbox, and the day of their weekly digest, saved whole over the version loaded ({@link MyMailPreferences}).
 */
@Named
@ViewScoped
public class MailPreferencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One kind of notification and the caller's choice for it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final NotificationKind kind;
        private final String name;
        private Delivery delivery;

        Row(NotificationKind kind, String name, Delivery delivery) {
            this.kind = kind;
            this.name = name;
            this.delivery = delivery;
        }

        public NotificationKind getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public Delivery getDelivery() {
            return delivery;
        }

        public void setDelivery(Delivery delivery) {
            this.delivery = delivery;
        }
    }

    @Inject
    MyMailPreferences preferences;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    private List<Row> rows;
    private DayOfWeek weeklyDay;
    private long version;

    @PostConstruct
    void load() {
        MailChoices choices = preferences.load();
        rows = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            rows.add(new Row(kind, NotificationTitles.kindName(kind, language.getLocale()), choices.delivery(kind)));
        }
        weeklyDay = choices.weeklyDay();
        version = choices.version();
    }

    public void save() {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        rows.forEach(row -> chosen.put(row.getKind(), row.getDelivery()));
        preferences.save(new MailChoices(chosen, weeklyDay, version));
        messages.info("mailPreferences.saved");
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Delivery> getDeliveries() {
        return List.of(Delivery.values());
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    /** The day's name in the page's language ("Monday", "lundi"). */
    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale());
    }

    public DayOfWeek getWeeklyDay() {
        return weeklyDay;
    }

    public void setWeeklyDay(DayOfWeek weeklyDay) {
        this.weeklyDay = weeklyDay;
    }
}
