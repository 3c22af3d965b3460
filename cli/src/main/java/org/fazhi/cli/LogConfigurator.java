package org.fazhi.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.nio.charset.StandardCharsets;

/**
 * Logging as fazhi wants it, set up in code (logback finds this class as a service): to a file
 * only, never to the console, which belongs to the report; the file is {@link LogFile#defaultPath()},
 * appended to, and it holds the stack trace of every run that ended with exit code 2 or 3;
 * fazhi's own messages from INFO, the libraries' from WARN. In code because logback's XML
 * configuration costs every start about a tenth of a second of CPU (an XML parser and some 500
 * classes). A configuration file named with {@code -Dlogback.configurationFile} still replaces it.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{40} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // logback's own notes (a file it cannot open, say) stay out of the console, as with the XML's listener
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(LogFile.defaultPath());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        context.getLogger("org.fazhi").setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
