package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the tests of the HTML report: the DOM after the page's script has run,
 * or the page printed to PDF. Tests are skipped when Chromium is not installed, except on CI
 * (environment variable {@code CI} set), where it must be.
 */
final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path work;

    private HeadlessChromium(Path work) {
        this.work = work;
    }

    /** Chromium working in this directory; skips the test when it is missing outside CI. */
    static HeadlessChromium in(Path work) {
        needs(CHROMIUM);
        return new HeadlessChromium(work);
    }

    private static void needs(Path program) {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (ci) {
            assertThat(Files.isExecutable(program)).as("CI is set, so %s must be installed", program).isTrue();
        }
        Assumptions.assumeTrue(Files.isExecutable(program), program + " is not installed");
    }

    /**
     * The DOM of the page at this fragment once loaded. With {@code virtualTime} Chromium lets
     * the page's timers run for 5 s of virtual time first; without, the page's own clock
     * ({@code performance.now()}) is real time.
     */
    String dump(Path page, String fragment, boolean virtualTime) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "dom", ".html");
        List<String> args = new ArrayList<>();
        if (virtualTime) {
            args.add("--virtual-time-budget=5000");
        }
        args.add("--dump-dom");
        args.add(page.toUri() + (fragment.isEmpty() ? "" : "#" + fragment));
        run(args, out);
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        if (!dom.contains("</html>")) {
            fail("chromium dumped " + dom.length() + " characters, not a page");
        }
        return dom;
    }

    /** The page printed to PDF (A4, as the page's print style sheet lays it out), without header or footer. */
    Path printToPdf(Path page) throws IOException, InterruptedException {
        Path pdf = Files.createTempFile(work, "print", ".pdf");
        run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()), null);
        assertThat(Files.size(pdf)).as("the PDF chromium printed").isPositive();
        return pdf;
    }

    private void run(List<String> args, Path stdout) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        Path log = Files.createTempFile(work, "chromium", ".log");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.redirectOutput(stdout == null ? log.resolveSibling(log.getFileName() + ".out").toFile() : stdout.toFile());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s; its log:\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            fail("chromium exited with " + process.exitValue() + "; its log:\n" + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    /** The text of a PDF, from poppler's pdftotext. */
    static String pdfText(Path pdf) throws IOException, InterruptedException {
        needs(PDFTOTEXT);
        Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
        Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", pdf.toString(), text.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("pdftotext finished").isTrue();
        assertThat(process.exitValue()).as("pdftotext: %s", output).isZero();
        return Files.readString(text, StandardCharsets.UTF_8);
    }
}
