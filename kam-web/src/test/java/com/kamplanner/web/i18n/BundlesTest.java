package com.kamplanner.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.calendar.CalendarEntry;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.work.WorkKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * English and French are both complete: the same keys in each pair of bundles, no empty text, and every key the
 * pages and the code ask for exists. A missing key fails here, not in front of a user.
 */
class BundlesTest {

    private static final Path WEB = Path.of("src/main");
    private static final Path EJB = Path.of("../kam-ejb/src/main");

    @Test
    void theUiBundlesHaveTheSameKeysInEnglishAndFrench() throws IOException {
        assertSameKeys(WEB.resolve("resources/i18n/messages_en.properties"),
                WEB.resolve("resources/i18n/messages_fr.properties"));
    }

    @Test
    void theValidationBundlesHaveTheSameKeysInEnglishAndFrench() throws IOException {
        assertSameKeys(EJB.resolve("resources/ValidationMessages_en.properties"),
                EJB.resolve("resources/ValidationMessages_fr.properties"));
    }

    @Test
    void theNotificationTitlesHaveTheSameKeysInEnglishAndFrenchAndOneForEveryKind() throws IOException {
        Path english = EJB.resolve("resources/i18n/notifications_en.properties");
        Path french = EJB.resolve("resources/i18n/notifications_fr.properties");
        assertSameKeys(english, french);
        for (Path bundle : List.of(english, french)) {
            Properties texts = load(bundle);
            for (NotificationKind kind : NotificationKind.values()) {
                assertTrue(texts.containsKey("notification." + kind), kind + " in " + bundle.getFileName());
                assertTrue(texts.containsKey("kind." + kind), "the preferences page's name of " + kind + " in "
                        + bundle.getFileName());
            }
        }
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Properties english = load(WEB.resolve("resources/i18n/messages_en.properties"));
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEB.resolve("webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literal.matcher(Files.readString(page));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " in " + page.getFileName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used by pages but missing from the bundles: " + missing);
    }

    @Test
    void everyRoleHasItsNameAndTheNextStepOfAnEmptyWorkList() throws IOException {
        for (Path bundle : List.of(WEB.resolve("resources/i18n/messages_en.properties"),
                WEB.resolve("resources/i18n/messages_fr.properties"))) {
            Properties texts = load(bundle);
            for (Role role : Role.values()) {
                for (String key : List.of("role." + role, "home.work.next." + role)) {
                    assertTrue(texts.containsKey(key), key + " in " + bundle.getFileName());
                }
            }
        }
    }

    @Test
    void everyAuditActionHasItsLabel() throws IOException {
        for (Path bundle : List.of(WEB.resolve("resources/i18n/messages_en.properties"),
                WEB.resolve("resources/i18n/messages_fr.properties"))) {
            Properties texts = load(bundle);
            Set<String> missing = new TreeSet<>();
            for (AuditAction action : AuditAction.values()) {
                if (!texts.containsKey("audit.action." + action.code())) {
                    missing.add(action.code());
                }
            }
            assertTrue(missing.isEmpty(), "audit actions without a label in " + bundle.getFileName() + ": " + missing);
        }
    }

    @Test
    void everyKindOfWorkHasAWellFormedTitleInBothLanguages() throws IOException {
        for (Path bundle : List.of(WEB.resolve("resources/i18n/messages_en.properties"),
                WEB.resolve("resources/i18n/messages_fr.properties"))) {
            Properties texts = load(bundle);
            for (WorkKind kind : WorkKind.values()) {
                String key = "work." + kind;
                assertTrue(texts.containsKey(key), key + " in " + bundle.getFileName());
                // A pattern MessageFormat cannot parse would fail on the home page and in the API alike.
                new MessageFormat(texts.getProperty(key));
            }
            // The congruence board's counts carry their rule in the title key (WorkItem.variant).
            for (CongruenceRule rule : CongruenceRule.values()) {
                String key = "work." + WorkKind.CONGRUENCE_LINES + "." + rule;
                assertTrue(texts.containsKey(key), key + " in " + bundle.getFileName());
                new MessageFormat(texts.getProperty(key));
            }
        }
    }

    @Test
    void everyKindOfCalendarEventHasAWellFormedTitleInBothLanguages() throws IOException {
        for (Path bundle : List.of(WEB.resolve("resources/i18n/messages_en.properties"),
                WEB.resolve("resources/i18n/messages_fr.properties"))) {
            Properties texts = load(bundle);
            for (CalendarEntry.Kind kind : CalendarEntry.Kind.values()) {
                String key = "calendar.event." + kind;
                assertTrue(texts.containsKey(key), key + " in " + bundle.getFileName());
                // The feed words every event with it: a broken pattern would break the whole feed.
                new MessageFormat(texts.getProperty(key));
            }
        }
    }

    @Test
    void everyBusinessErrorTheServicesRaiseHasAText() throws IOException {
        Properties english = load(WEB.resolve("resources/i18n/messages_en.properties"));
        for (String key : List.of(StaleEditException.KEY, NotFoundException.KEY, AccessDeniedException.KEY,
                UserService.LAST_ADMIN, UserService.USERNAME_TAKEN, UserService.PASSWORD_TOO_SHORT,
                UserService.NO_ROLE, "error.internal")) {
            assertTrue(english.containsKey(key), key);
        }
    }

    @Test
    void everyBeanValidationMessageKeyInTheCodeExists() throws IOException {
        Properties english = load(EJB.resolve("resources/ValidationMessages_en.properties"));
        Pattern key = Pattern.compile("message = \"\\{([A-Za-z0-9_.]+)\\}\"");
        Set<String> missing = new TreeSet<>();
        for (Path root : List.of(WEB.resolve("java"), EJB.resolve("java"))) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(source));
                    while (m.find()) {
                        if (!english.containsKey(m.group(1))) {
                            missing.add(m.group(1) + " in " + source.getFileName());
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "validation keys missing: " + missing);
    }

    @Test
    void textsWithArgumentsAreFormattedInTheRightLanguage() {
        assertEquals("User emma.kam saved.", Bundle.text(java.util.Locale.ENGLISH, "users.saved", "emma.kam"));
        assertEquals("Utilisateur emma.kam enregistré.", Bundle.text(java.util.Locale.FRENCH, "users.saved",
                "emma.kam"));
        assertEquals("The password must have at least 8 characters.",
                Bundle.text(java.util.Locale.ENGLISH, UserService.PASSWORD_TOO_SHORT, 8));
    }

    @Test
    void anyFrenchLocaleGetsFrenchAndEverythingElseEnglish() {
        assertEquals(java.util.Locale.FRENCH, Bundle.supported(java.util.Locale.CANADA_FRENCH));
        assertEquals(java.util.Locale.ENGLISH, Bundle.supported(java.util.Locale.GERMAN));
        assertEquals(java.util.Locale.ENGLISH, Bundle.supported(null));
    }

    private static void assertSameKeys(Path english, Path french) throws IOException {
        Properties en = load(english);
        Properties fr = load(french);
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(fr.stringPropertyNames());
        Set<String> onlyFrench = new TreeSet<>(fr.stringPropertyNames());
        onlyFrench.removeAll(en.stringPropertyNames());
        assertTrue(onlyEnglish.isEmpty(), "missing in French: " + onlyEnglish);
        assertTrue(onlyFrench.isEmpty(), "missing in English: " + onlyFrench);
        for (Properties bundle : List.of(en, fr)) {
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).isBlank(), "empty text for " + key);
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
