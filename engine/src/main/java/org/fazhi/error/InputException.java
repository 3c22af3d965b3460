package org.fazhi.error;

import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;

/**
 * The run cannot be made because of its input: an unreadable or unrecognised file, a missing
 * required column, a bad mapping, parameter or rules file. The message names the place (file,
 * sheet, row, column) and what to do, in the user's language; the command exits with code 2.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    /**
     * @param key  message key in {@code messages*.properties}
     * @param args the message arguments (file, sheet, column, …)
     */
    public InputException(String key, Object... args) {
        this(null, key, args);
    }

    public InputException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Lang lang) {
        Object[] said = args.clone();
        for (int i = 0; i < said.length; i++) {
            if (said[i] instanceof Reason reason) {
                said[i] = Messages.get(lang, reason.key(), reason.args());
            }
        }
        return Messages.get(lang, key, said);
    }

    /**
     * A message argument that is itself a message (why a file is broken), said in the language of
     * the message around it, so that no library's or parser's own text reaches the user.
     *
     * @param key  message key in {@code messages*.properties}
     * @param args its arguments
     */
    public record Reason(String key, Object... args) {

        /**
         * Why the system would not let a file be read, without the system's own text: denied,
         * gone while being read, or failing otherwise.
         */
        public static Reason ofIo(Throwable e) {
            Throwable cause = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e;
            return new Reason(cause instanceof java.nio.file.AccessDeniedException ? "read.broken.denied"
                    : cause instanceof java.nio.file.NoSuchFileException ? "read.broken.vanished" : "read.broken.io");
        }
    }

    @Override
    public String getMessage() {
        return message(Lang.EN);
    }
}
