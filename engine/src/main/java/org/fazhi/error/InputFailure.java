package org.fazhi.error;

import org.fazhi.i18n.Lang;

/**
 * An input error where no checked exception can go: on a worker thread or a Spark executor (an
 * unreadable file, a bad params file, a pack rule whose message cannot be filled in), carried to
 * where the run ends, which says it as a broken input (exit 2). It holds the message in both
 * languages and no cause: Spark hands a task's exception to the driver only when it can be
 * serialised, and the reader's causes (a parser's exception) often cannot; the log has the stack
 * trace.
 */
public final class InputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String zh;
    private final String en;

    public InputFailure(InputException input) {
        super(input.message(Lang.EN));
        this.zh = input.message(Lang.ZH);
        this.en = input.message(Lang.EN);
    }

    public String message(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }
}
