package org.fazhi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.report.spill.SpillFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into an exit code and one paragraph on standard error, in the user's
 * language, never a stack trace: bad command line, input or configuration, too little memory or
 * temporary disk space → 2 (the message says which file, sheet, column or directory and what to
 * do); anything else is a bug → 3, with the path of the log file that holds the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final Lang lang;
    private final PrintWriter err;

    ErrorHandler(Lang lang, PrintWriter err) {
        this.lang = lang;
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        log().warn("invalid command line {}: {}", String.join(" ", args), ex.getMessage());
        err.println(Messages.get(lang, "cli.usage", sentence(UsageProblem.describe(ex, lang)),
                command.getCommandSpec().qualifiedName()));
        String suggestions = UsageProblem.suggestions(ex, lang);
        if (!suggestions.isEmpty()) {
            err.println(suggestions);
        }
        err.flush();
        return ExitCode.CANNOT_RUN;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        if (ex instanceof InputException input) {
            log().warn("the run could not be made: {}", input.message(Lang.EN), input);
            return cannotRun(input.message(lang));
        }
        if (ex instanceof UserError user) {
            log().warn("the run could not be made: {}", user.getMessage(), user);
            return cannotRun(user.getMessage());
        }
        InputFailure failure = cause(ex, InputFailure.class);
        if (failure != null) {
            log().warn("the run could not be made: {}", failure.message(Lang.EN), failure);
            return cannotRun(failure.message(lang));
        }
        StandardOutput.Failed output = cause(ex, StandardOutput.Failed.class);
        if (output != null) {
            return standardOutputFailed(output);
        }
        if (causedByLackOfMemory(ex)) {
            return outOfMemory(ex);
        }
        SpillFailedException spill = cause(ex, SpillFailedException.class);
        if (spill != null) {
            log().warn("the findings could not be kept in {}", spill.directory(), spill);
            return cannotRun(Messages.get(lang, "cli.spill.failed", spill.directory()));
        }
        log().error("internal error running fazhi {}", String.join(" ", parseResult.originalArgs()), ex);
        String what = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        err.println(Messages.get(lang, "cli.internal", what, LogFile.path()));
        err.flush();
        return ExitCode.INTERNAL;
    }

    /**
     * The heap ran out (a worker's error arrives wrapped): not a bug but a limit the user can
     * raise, so the run could not be made (2) and the message says how.
     */
    int outOfMemory(Throwable error) {
        log().warn("out of memory with a heap of at most {} MB", maxHeapMegabytes(), error);
        return cannotRun(Messages.get(lang, "cli.outOfMemory", String.valueOf(maxHeapMegabytes())));
    }

    static boolean causedByLackOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * Standard output could not take the report (a full disk behind a redirection, a pipe whose
     * reader ended): the run could not be made, whatever the gate would have said.
     */
    int standardOutputFailed(IOException failure) {
        UserError error = WriteFailure.ofStandardOutput(lang, failure);
        log().warn("the run could not be made: {}", error.getMessage(), failure);
        return cannotRun(error.getMessage());
    }

    /** The exception of this kind among the error and its causes (a worker's failure arrives wrapped). */
    private static <T extends Throwable> T cause(Throwable error, Class<T> kind) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    private static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private int cannotRun(String message) {
        err.println(message);
        err.flush();
        return ExitCode.CANNOT_RUN;
    }

    private String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        char last = message.charAt(message.length() - 1);
        return ".。!！?？:：".indexOf(last) >= 0 ? message : message + lang.pick("。", ".");
    }

    /** The logger is made on first use, so that a run without problems never starts logging. */
    private static Logger log() {
        return LoggerFactory.getLogger(ErrorHandler.class);
    }
}
