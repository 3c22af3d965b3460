package org.fazhi.render;

import java.io.IOException;
import java.io.OutputStream;
import org.fazhi.report.Report;

/**
 * Writes a {@link Report} in one output format. One implementation per format, chosen by name
 * on the command line ({@link Renderers#byName}). A renderer sees only the report, the catalogue
 * and the options: it knows nothing of how the report was made.
 */
public interface Renderer {

    /** The format's name as given to {@code --format} (e.g. {@code console}, {@code json}). */
    String name();

    /** The file extension used when the report is written into a directory, without the dot. */
    String extension();

    /** True when the format is meant for a person at a terminal rather than for a file. */
    default boolean isConsole() {
        return false;
    }

    /** True when the format is not text (a workbook): it goes to a file, never to a terminal. */
    default boolean isBinary() {
        return false;
    }

    /** Writes the report; the stream is flushed but not closed. */
    void render(Report report, RenderOptions options, OutputStream out) throws IOException;
}
