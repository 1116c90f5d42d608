package com.kamplanner.web.it;

import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The Content-Security-Policy violations Chromium reported since the last look (issue 16, section 3). Chromium writes
 * each one to the console as an error (Chromium 156: "Executing inline script violates the following Content Security
 * Policy directive 'script-src …'. … The action has been blocked."; older ones: "Refused to …"); {@link Chromium#start} keeps the browser's log, which, unlike a
 * {@code securitypolicyviolation} listener injected after load, also holds what happened while the page loaded.
 * Reading the log empties it, so each look sees only what is new.
 */
final class CspViolations {

    private CspViolations() {
    }

    static List<String> since(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(CspViolations::isViolation)
                .toList();
    }

    static boolean isViolation(String message) {
        return message.contains("Content Security Policy") || message.contains("Refused to");
    }
}
