package org.fazhi.spark;

import org.fazhi.error.InputException;

/**
 * An input error on an executor (an unreadable file, a bad params file), carried through Spark's
 * task failure to the driver, which reports it as {@code fazhi check} would.
 */
final class InputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final InputException input;

    InputFailure(InputException input) {
        super(input.getMessage(), input);
        this.input = input;
    }

    InputException input() {
        return input;
    }
}
