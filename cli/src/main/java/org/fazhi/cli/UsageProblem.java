package org.fazhi.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What is wrong with a command line, said in the user's language. picocli explains its parse
 * errors in English sentences of its own ("Unknown option: '--bogus'"); a Chinese message must
 * not carry them, so each kind of error is said again from what the exception holds — the
 * arguments, the option and the value. A message fazhi wrote itself passes through unchanged.
 * Public for the Spark job's command line, which says its errors the same way.
 */
public final class UsageProblem {
    private UsageProblem() {
    }

    /** One sentence (or two) on what is wrong, without the pointer to --help. */
    public static String describe(ParameterException ex, Lang lang) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched.getUnmatched(), !ex.getCommandLine().getSubcommands().isEmpty(), lang);
        }
        if (ex instanceof MissingParameterException missing) {
            return missing(missing.getMissing(), lang);
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return Messages.get(lang, "cli.usage.twice", name(overwritten.getOverwritten()));
        }
        if (ex instanceof MaxValuesExceededException) {
            return Messages.get(lang, "cli.usage.tooMany");
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return badValue(ex.getArgSpec(), ex.getValue(), lang);
        }
        return ex.getMessage() == null ? "" : ex.getMessage();
    }

    /** The suggestions for a mistyped subcommand or option, as a sentence; empty when there are none. */
    public static String suggestions(ParameterException ex, Lang lang) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        for (String suggestion : unmatched.getSuggestions()) {
            names.add(suggestion.startsWith("-") ? suggestion : command + " " + suggestion);
        }
        return Messages.get(lang, "cli.usage.suggest", String.join(lang.pick("、", ", "), names));
    }

    private static String unmatched(List<String> arguments, boolean takesSubcommand, Lang lang) {
        String first = arguments.isEmpty() ? "" : arguments.get(0);
        String key = first.startsWith("-") && first.length() > 1 ? "cli.usage.unknownOption"
                : takesSubcommand ? "cli.usage.unknownSubcommand" : "cli.usage.unexpected";
        return Messages.get(lang, key, key.equals("cli.usage.unexpected") ? String.join(" ", arguments) : first);
    }

    private static String missing(List<ArgSpec> missing, Lang lang) {
        if (missing.isEmpty()) {
            return Messages.get(lang, "cli.usage.missingValue", "", "");
        }
        ArgSpec spec = missing.get(0);
        if (spec instanceof OptionSpec option) {
            return Messages.get(lang, "cli.usage.missingValue", option.longestName(), option.paramLabel());
        }
        return Messages.get(lang, "cli.usage.missingInput", spec.paramLabel());
    }

    private static String badValue(ArgSpec spec, String value, Lang lang) {
        List<String> accepted = new ArrayList<>();
        if (spec.completionCandidates() != null) {
            spec.completionCandidates().forEach(candidate -> accepted.add(candidate.toLowerCase(Locale.ROOT)));
        }
        if (!accepted.isEmpty()) {
            return Messages.get(lang, "cli.usage.badChoice", name(spec), value, String.join(", ", accepted));
        }
        return Messages.get(lang, "cli.usage.badValue", name(spec), value, Messages.get(lang, kindKey(spec.type())));
    }

    /** The key of the sentence that says what kind of value the option takes. */
    private static String kindKey(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "cli.usage.kind.integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "cli.usage.kind.number";
        }
        if (type == LocalDate.class) {
            return "cli.usage.kind.date";
        }
        if (type == Path.class) {
            return "cli.usage.kind.path";
        }
        return "cli.usage.kind.other";
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
