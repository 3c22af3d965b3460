package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private static String drawn(boolean color) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TerminalProgress progress = new TerminalProgress(err, Lang.ZH, color);
        progress.started("cases.csv", null, 10L << 20);
        progress.advanced(500, 5L << 20);
        progress.finished(1000);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutColourTheBarWritesNoColourCodes() {
        String plain = drawn(false);
        assertThat(plain).contains("cases.csv").doesNotContain("\u001b[3");
        assertThat(drawn(true)).as("the coloured bar, for comparison").contains("\u001b[3");
    }
}
