package com.kamplanner.web.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log records published on some loggers while a test runs, for tests that check what reaches the log (a
 * security event is written, a secret never is). Opened with the loggers to listen to, closed (try-with-resources)
 * to stop listening; the records stay readable after. It runs where the loggers are: inside the container for an
 * in-container test, so {@link Deployments} ships it in every test archive.
 */
final class CapturedLog implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<Logger> loggers;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
            // Nothing buffered: every record is in the list once published.
        }

        @Override
        public void close() {
            // Nothing to release: the list outlives the handler on purpose.
        }
    };

    private CapturedLog(List<Logger> loggers) {
        this.loggers = loggers;
        loggers.forEach(logger -> logger.addHandler(handler));
    }

    /** Starts capturing what these loggers (by name; "" is the root) publish. */
    static CapturedLog of(String... loggerNames) {
        return new CapturedLog(java.util.Arrays.stream(loggerNames).map(Logger::getLogger).toList());
    }

    /**
     * The records captured so far, in publishing order. A record that reaches two of the loggers (a child and the
     * root) is in the list twice; {@code distinct()} keeps it once.
     */
    List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The raw messages of the records captured so far, for an assertion's explanation. */
    List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.removeHandler(handler));
    }
}
