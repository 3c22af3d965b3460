package org.fazhi.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;

/** A file the system will not let be read is said in the message's language, never in the system's words. */
class InputExceptionTest {

    @Test
    void whyAFileCannotBeReadIsSaidInTheMessagesLanguage() {
        InputException denied = new InputException(new AccessDeniedException("/p/a.drl"), "rules.unreadable", "/p",
                InputException.Reason.ofIo(new AccessDeniedException("/p/a.drl")));
        assertThat(denied.message(Lang.ZH)).isEqualTo("无法读取规则包 /p：没有读取权限。请检查该目录及其中的文件是否可读。");
        assertThat(denied.message(Lang.EN)).startsWith("Cannot read the rule pack /p: ").doesNotContain("a.drl");

        assertThat(reason(new UncheckedIOException(new NoSuchFileException("/p/a.drl")))).isEqualTo("read.broken.vanished");
        assertThat(reason(new IOException("Input/output error"))).isEqualTo("read.broken.io");
    }

    private static String reason(Throwable e) {
        return InputException.Reason.ofIo(e).key();
    }
}
