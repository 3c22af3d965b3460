package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The log goes to the one file, as logback.xml had it: fazhi's messages from INFO, the libraries' from WARN. */
class LogConfiguratorTest {
    @Test
    void logbackIsSetUpByFazhisConfigurator() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
        assertThat(LogFile.path()).isEqualTo(LogFile.defaultPath());
    }

    @Test
    void theFileNamedByFazhiLogTakesFazhisInfoAndTheLibrariesWarnings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("logs").resolve("fazhi.log");
        String earlier = System.getProperty("fazhi.log");
        System.setProperty("fazhi.log", file.toString());
        LoggerContext context = new LoggerContext();
        // what logback's service provider gives the context it configures
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            LogConfigurator configurator = new LogConfigurator();
            configurator.setContext(context);
            assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

            context.getLogger("org.fazhi.cli.Check").info("fazhi said this");
            context.getLogger("org.drools.Something").info("a library's chatter");
            context.getLogger("org.drools.Something").warn("a library's warning");
        } finally {
            context.stop();
            restore(earlier);
        }

        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  org.fazhi.cli.Check - fazhi said this", "WARN  org.drools.Something - a library's warning")
                .doesNotContain("chatter")
                .matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO .*");
    }

    @Test
    void aConfigurationFileOfTheUsersOwnReplacesIt() {
        System.setProperty("logback.configurationFile", "my-logback.xml");
        LoggerContext context = new LoggerContext();
        try {
            LogConfigurator configurator = new LogConfigurator();
            configurator.setContext(context);
            assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    private static void restore(String earlier) {
        if (earlier == null) {
            System.clearProperty("fazhi.log");
        } else {
            System.setProperty("fazhi.log", earlier);
        }
    }
}
