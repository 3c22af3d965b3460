package org.fazhi.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The -o of check, template and generate as the user wrote it. A missing directory is an error,
 * not made silently: a mistyped path would otherwise scatter reports in new folders. Only a
 * directory written with a trailing separator ({@code -o reports/}) is created, and said so.
 * The spelling matters because a {@link Path} forgets a trailing separator.
 */
record OutputPath(Path path, String spelled) {

    /** The -o option of the command as given, or null when it was not. */
    static OutputPath of(CommandSpec spec) {
        ParseResult parsed = spec.commandLine().getParseResult();
        if (!parsed.hasMatchedOption("-o")) {
            return null;
        }
        String spelled = parsed.matchedOption("-o").stringValues().get(0);
        return new OutputPath(Path.of(spelled), spelled);
    }

    /** True for {@code -o -}: standard output, as other command-line tools read it. */
    boolean standardOutput() {
        return spelled.equals("-");
    }

    /** True when written as a directory: {@code reports/}, or {@code reports\} on Windows. */
    boolean namesDirectory() {
        return spelled.endsWith("/") || spelled.endsWith(File.separator) || Files.isDirectory(path);
    }

    /** The file name's extension in lower case, without the dot; empty when there is none. */
    String extension() {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A file is written into a directory that must already exist. */
    void requireParent(Lang lang) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError(Messages.get(lang, "cli.output.noParent", spelled, parent));
        }
    }

    /**
     * The directory to write into: it exists, or it is created, and said so on {@code err}, when
     * written with a trailing separator.
     */
    void requireDirectory(Lang lang, PrintWriter err) {
        if (Files.isDirectory(path)) {
            return;
        }
        if (Files.exists(path)) {
            throw new UserError(Messages.get(lang, "cli.output.notADirectory", spelled));
        }
        if (!spelled.endsWith("/") && !spelled.endsWith(File.separator)) {
            throw new UserError(Messages.get(lang, "cli.output.noDirectory", spelled, spelled + "/"));
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw WriteFailure.of(lang, "cli.output.write", spelled, e);
        }
        err.println(Messages.get(lang, "cli.output.created", spelled));
        err.flush();
    }
}
