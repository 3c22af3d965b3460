package org.fazhi.read;

import org.fazhi.error.InputException;

/**
 * An input error raised inside a parser's callback, which may throw no checked exception; the
 * reader that started the parser takes {@link #failure} out again.
 */
final class Carried extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient InputException failure;

    Carried(InputException failure) {
        super(failure);
        this.failure = failure;
    }
}
