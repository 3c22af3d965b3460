package org.fazhi.cli;

/**
 * The run cannot be made because of what the user asked for (an unknown format, a bad date, an
 * unknown rule ID): the message is already in the user's language; the command exits with 2.
 */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
