package org.fazhi.spark;

import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;

/**
 * An input error on an executor (an unreadable file, a bad params file), carried through Spark's
 * task failure to the driver, which says it as {@code fazhi check} would. It holds the message in
 * both languages and no cause: Spark hands a task's exception to the driver only when it can be
 * serialised, and the reader's causes (a parser's exception) often cannot; the executor's log has
 * the stack trace.
 */
final class InputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String zh;
    private final String en;

    InputFailure(InputException input) {
        super(input.message(Lang.EN));
        this.zh = input.message(Lang.ZH);
        this.en = input.message(Lang.EN);
    }

    String message(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }
}
