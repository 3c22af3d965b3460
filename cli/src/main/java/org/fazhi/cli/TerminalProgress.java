package org.fazhi.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.read.ReadProgress;

/**
 * A progress bar per sheet on standard error: rows read and their rate and, where the size of
 * the sheet's data is known (a CSV file; a worksheet's XML, as its package records it), how far
 * through it and the time left. Cleared when the sheet is done, so the report that follows is
 * not interleaved with it.
 */
final class TerminalProgress implements ReadProgress {
    private static final long MEGABYTE = 1L << 20;

    private final PrintStream err;
    private final Lang lang;
    /** Whether the bar may be coloured: not with {@code --no-color} or NO_COLOR (no-color.org). */
    private final boolean color;
    private ProgressBar bar;
    private boolean byBytes;

    TerminalProgress(PrintStream err, Lang lang, boolean color) {
        this.err = err;
        this.lang = lang;
        this.color = color;
    }

    @Override
    public void started(String file, String sheet, long totalBytes) {
        byBytes = totalBytes > 0;
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(sheet == null ? file : file + " [" + sheet + "]")
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setStyle(color ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .clearDisplayOnFinish()
                .showSpeed();
        if (byBytes) {
            builder.setInitialMax(totalBytes).setUnit(" MB", MEGABYTE);
        } else {
            builder.setInitialMax(-1).setUnit(Messages.get(lang, "progress.rows"), 1);
        }
        bar = builder.build();
    }

    @Override
    public void advanced(long rows, long bytes) {
        bar.stepTo(byBytes ? bytes : rows);
        bar.setExtraMessage(rows + Messages.get(lang, "progress.rows"));
    }

    @Override
    public void finished(long rows) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
