package org.fazhi.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * The log file: everything the libraries and the command log goes there, never to the console.
 * Its place is the system property {@code fazhi.log}, else the environment variable
 * {@code FAZHI_LOG}, else {@code fazhi/fazhi.log} in the temporary directory ({@link LogConfigurator}).
 */
final class LogFile {
    private LogFile() {
    }

    static String path() {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
                for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it = root.iteratorForAppenders();
                        it.hasNext(); ) {
                    if (it.next() instanceof FileAppender<?> file && file.getFile() != null) {
                        return Path.of(file.getFile()).toAbsolutePath().toString();
                    }
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // fall through to the default place
        }
        return defaultPath();
    }

    static String defaultPath() {
        String configured = System.getProperty("fazhi.log");
        if (configured == null || configured.isEmpty()) {
            configured = System.getenv("FAZHI_LOG");
        }
        if (configured == null || configured.isEmpty()) {
            configured = Path.of(System.getProperty("java.io.tmpdir"), "fazhi", "fazhi.log").toString();
        }
        return Path.of(configured).toAbsolutePath().toString();
    }
}
