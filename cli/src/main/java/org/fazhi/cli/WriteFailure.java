package org.fazhi.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;

/**
 * A file or standard output that could not be written, said in the user's words: why (disk
 * full, no permission, read-only, gone, the reader closed the pipe) and what to do, never the
 * name of a Java exception or the system's English text, which stay in the log.
 */
final class WriteFailure {
    private WriteFailure() {
    }

    /** The run cannot be made: {@code messageKey} takes what was being written and why not. */
    static UserError of(Lang lang, String messageKey, Object where, IOException e) {
        return new UserError(Messages.get(lang, messageKey, where, reason(lang, e)), e);
    }

    /** The same for standard output, named as such. */
    static UserError ofStandardOutput(Lang lang, IOException e) {
        return of(lang, "cli.output.write", Messages.get(lang, "cli.output.stdout"), e);
    }

    /**
     * Why, from the exception or any of its causes (a renderer may wrap the stream's failure).
     * The system says "disk full" and "read-only" only in its message, the same on every JDK.
     */
    static String reason(Lang lang, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String why = t instanceof AccessDeniedException ? "denied"
                    : t instanceof NoSuchFileException ? "missing"
                    : byText(t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                            : t.getMessage());
            if (why != null) {
                return Messages.get(lang, "cli.output.why." + why);
            }
        }
        return Messages.get(lang, "cli.output.why.io", LogFile.path());
    }

    private static String byText(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk quota")) {
            return "full";
        }
        if (lower.contains("read-only file system")) {
            return "readOnly";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")
                || lower.contains("access is denied")) {
            return "denied";
        }
        if (lower.contains("broken pipe") || lower.contains("pipe is being closed")) {
            return "closed";
        }
        return null;
    }
}
