package com.kamplanner.mail;

import static com.kamplanner.notification.NotificationKind.ACTION_PLAN_COMMENTED;
import static com.kamplanner.notification.NotificationKind.ACTION_PLAN_LATE;
import static com.kamplanner.notification.NotificationKind.PLAN_RETURNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.mail.DigestGroups.Group;
import com.kamplanner.mail.DigestGroups.Item;
import com.kamplanner.notification.NotificationKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DigestGroupsTest {

    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void oneGroupPerKindInTheOrderTheKindsAreDeclared() {
        List<Group> groups = DigestGroups.group(List.of(
                item(1, ACTION_PLAN_LATE, 0), item(2, PLAN_RETURNED, 10), item(3, ACTION_PLAN_COMMENTED, 5),
                item(4, ACTION_PLAN_LATE, 1)));
        assertEquals(List.of(PLAN_RETURNED, ACTION_PLAN_COMMENTED, ACTION_PLAN_LATE),
                groups.stream().map(Group::kind).toList());
        assertEquals(List.of(1L, 4L), groups.get(2).items().stream().map(Item::id).toList());
    }

    @Test
    void withinAGroupTheOldestComesFirstAndTiesKeepTheirOrderOfMaking() {
        List<Group> groups = DigestGroups.group(List.of(item(9, ACTION_PLAN_LATE, 30), item(7, ACTION_PLAN_LATE, 0),
                item(8, ACTION_PLAN_LATE, 0)));
        assertEquals(1, groups.size());
        assertEquals(List.of(7L, 8L, 9L), groups.get(0).items().stream().map(Item::id).toList());
    }

    @Test
    void nothingPendingMakesNoGroup() {
        assertTrue(DigestGroups.group(List.of()).isEmpty());
    }

    @Test
    void theMailShowsEachGroupUnderItsTranslatedNameWithEachItemsTitleAndLinkAndThePreferences() {
        List<Group> groups = DigestGroups.group(List.of(item(1, ACTION_PLAN_LATE, 0), item(2, PLAN_RETURNED, 1)));
        String text = DigestWriter.text(groups, Locale.FRENCH);
        assertTrue(text.startsWith("Voici ce qui s’est passé"), text);
        assertTrue(text.indexOf("Plans renvoyés") < text.indexOf("Plans d’action en retard"), text);
        assertTrue(text.contains("- Title 1\n  plan/team.xhtml?account=1\n"), text);
        assertTrue(text.contains("me/mail-preferences.xhtml"), text);
        String html = DigestWriter.html(groups, Locale.ENGLISH);
        assertTrue(html.contains("<h2>Plans returned</h2>"), html);
        assertTrue(html.contains("<li><a href=\"plan/team.xhtml?account=2\">Title 2</a></li>"), html);
        assertTrue(html.contains("href=\"me/mail-preferences.xhtml\""), html);
    }

    private static Item item(long id, NotificationKind kind, int minutes) {
        return new Item(id, kind, "Title " + id, "plan/team.xhtml?account=" + id, NINE.plusSeconds(60L * minutes));
    }
}
