package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's workbook as a reader sees it: LibreOffice (headless) prints it to PDF, and the
 * first page — 概览 — must hold the sentence and the agencies ranked, and its chart visible bars
 * (pixels of the series' own colour in the PNG of the page). A chart whose series has no fill of
 * its own draws no bars there. Skipped when soffice is not on the PATH, except on CI (environment
 * variable {@code CI} set), where it must run; pdftotext and pdftoppm (poppler-utils) with it.
 */
class WorkbookInLibreOfficeTest {
    private static final long TIMEOUT_SECONDS = 240;
    /** The bars' colour (Styles.BAR in the xlsx renderer). */
    private static final int[] BAR = {0xC0, 0x39, 0x2B};

    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void printTheSampleWorkbook() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        boolean installed = onPath("soffice") && onPath("pdftoppm") && onPath("pdftotext");
        if (ci) {
            assertThat(installed).as("CI is set, so soffice, pdftoppm and pdftotext must be installed").isTrue();
        }
        Assumptions.assumeTrue(installed, "soffice, pdftoppm or pdftotext is not on the PATH");
        Cli.Result result = cli().run("check", CheckCommandTest.SAMPLE.toString(), "--as-of", CheckCommandTest.AS_OF,
                "--format", "xlsx", "-o", dir.resolve("fazhi-report.xlsx").toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        // A profile of its own: a LibreOffice already running for the user would otherwise take the job.
        run("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), dir.resolve("fazhi-report.xlsx").toString());
        pdf = dir.resolve("fazhi-report.pdf");
        assertThat(pdf).exists();
    }

    @Test
    void thePrintedFirstPageOfTheOverviewHoldsTheSentenceAndTheRanking() throws Exception {
        run("pdftotext", "-f", "1", "-l", "1", "-layout", pdf.toString(), dir.resolve("page1.txt").toString());
        String page = Files.readString(dir.resolve("page1.txt"), StandardCharsets.UTF_8);
        assertThat(page.replaceAll("\\s+", "")).contains("检查36条记录", "发现问题", "涉及3个单位", "项未达标",
                "各单位问题排名", "每百条记录错误数", "昆明市某区人民政府");
        assertThat(page).doesNotContain("--fail-on", "fazhi-report");
    }

    @Test
    void theChartHasVisibleBarsOfTheSeriesColour() throws Exception {
        run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(), dir.resolve("page").toString());
        List<Path> pngs;
        try (Stream<Path> files = Files.list(dir)) {
            pngs = files.filter(p -> p.getFileName().toString().startsWith("page")
                    && p.getFileName().toString().endsWith(".png")).toList();
        }
        assertThat(pngs).hasSize(1);
        BufferedImage image = ImageIO.read(pngs.get(0).toFile());
        int bar = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isBar(image.getRGB(x, y))) {
                    bar++;
                }
            }
        }
        // Three agencies with errors: three bars of a few hundred pixels each at 60 dpi.
        assertThat(bar).as("pixels of the bars' colour").isGreaterThan(500);
    }

    private static boolean isBar(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.abs(r - BAR[0]) < 16 && Math.abs(g - BAR[1]) < 16 && Math.abs(b - BAR[2]) < 16;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, command))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool.log").toFile()).start();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as(String.join(" ", args)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + ": "
                + Files.readString(dir.resolve("tool.log"))).isZero();
    }
}
