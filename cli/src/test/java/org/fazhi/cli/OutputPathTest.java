package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o of check, template and generate does what was asked, or refuses with exit 2 and says why. */
class OutputPathTest {
    @TempDir
    Path dir;

    private Path clean() throws IOException {
        Path file = dir.resolve("inspections.csv");
        Files.writeString(file, CheckCommandTest.INSPECTION_HEADER + CheckCommandTest.CLEAN_INSPECTION,
                StandardCharsets.UTF_8);
        return file;
    }

    // ---- check

    @Test
    void anXlsxReportIsNotWrittenToATerminal() throws IOException {
        Cli.Result refused = cli().terminal(true).run("check", clean().toString(), "--format", "xlsx");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.outBytes()).isEmpty();
        assertThat(refused.err()).contains("二进制", "-o fazhi-report.xlsx");
        assertThat(cli().terminal(true).run("--lang", "en", "check", clean().toString(), "--format", "xlsx").err())
                .contains("binary file", "-o fazhi-report.xlsx");
        Cli.Result piped = cli().run("check", clean().toString(), "--format", "xlsx");
        assertThat(piped.code()).as(piped.toString()).isZero();
        assertThat(new String(piped.outBytes(), 0, 2, StandardCharsets.ISO_8859_1)).as("a zip: PK").isEqualTo("PK");
        assertThat(cli().terminal(true).run("check", clean().toString(), "--format", "json").code())
                .as("text formats still go to the terminal").isZero();
    }

    @Test
    void aReportIntoAMissingDirectoryIsRefusedAndNoDirectoryIsMade() throws IOException {
        Path missing = dir.resolve("no-such-dir");
        Cli.Result result = cli().run("check", clean().toString(), "--format", "json",
                "-o", missing.resolve("report.json").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("不存在", missing.toString());
        Cli.Result several = cli().run("--lang", "en", "check", clean().toString(), "--format", "json,html",
                "-o", missing.toString());
        assertThat(several.code()).isEqualTo(2);
        assertThat(several.err()).contains("does not exist", "-o " + missing + "/");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aDirectoryWrittenWithATrailingSlashIsCreatedAndSaidSo() throws IOException {
        Path reports = dir.resolve("new/reports");
        Cli.Result result = cli().run("check", clean().toString(), "--format", "json",
                "-o", reports + "/");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.err()).contains("已新建目录 " + reports + "/");
        assertThat(reports.resolve("fazhi-report.json")).isRegularFile();
        Cli.Result again = cli().run("check", clean().toString(), "--format", "json,html", "-o", reports + "/");
        assertThat(again.err()).as("an existing directory is just used").doesNotContain("已新建");
        assertThat(reports.resolve("fazhi-report.html")).isRegularFile();
    }

    @Test
    void dashIsStandardOutputForOneReport() throws IOException {
        Path here = Path.of("-");
        Cli.Result json = cli().run("check", clean().toString(), "--format", "json", "-o", "-");
        assertThat(json.code()).as(json.toString()).isZero();
        assertThat(json.out()).startsWith("{").contains("\"schema\": \"fazhi-report/1\"");
        assertThat(json.err()).doesNotContain("报告已写入");
        assertThat(Files.exists(here)).as("no file named -").isFalse();

        Cli.Result several = cli().run("check", clean().toString(), "--format", "json,sarif", "-o", "-");
        assertThat(several.code()).isEqualTo(2);
        assertThat(several.err()).contains("标准输出", "json, sarif");
        assertThat(cli().terminal(true).run("check", clean().toString(), "--format", "xlsx", "-o", "-").err())
                .as("a workbook is still not written to a terminal").contains("二进制");
    }

    @Test
    void aReportStandardOutputCannotTakeEndsTheRunWithExit2InsteadOfTheGatesCode() throws IOException {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Cli.Result zh = cli().stdout(new StandardOutput(full)).run("check", clean().toString(), "--format", "json");
        assertThat(zh.code()).as("the clean run would pass: its report is lost").isEqualTo(2);
        assertThat(zh.err()).contains("标准输出", "磁盘空间已满").doesNotContain("IOException", "No space");
        assertThat(zh.err().lines().count()).as("said once").isEqualTo(1);
        Cli.Result en = cli().stdout(new StandardOutput(full)).run("--lang", "en", "check", clean().toString());
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("standard output", "the disk is full");
    }

    @Test
    void aFullDiskIsSaidInTheReadersWords() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "a system with /dev/full");
        Cli.Result result = cli().run("check", clean().toString(), "--format", "junit", "-o", "/dev/full");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("/dev/full", "磁盘空间已满")
                .doesNotContain("IOException", "No space", "JUnit", "请检查 -o");
    }

    @Test
    void whyAWriteFailedIsFoundInTheCausesAndNeverInTheSystemsWords() {
        assertThat(WriteFailure.reason(Lang.ZH, new AccessDeniedException("/srv/报告.json"))).isEqualTo("没有写入权限，请换一个有写入权限的位置");
        assertThat(WriteFailure.reason(Lang.EN, new NoSuchFileException("/proc/x"))).startsWith("the path does not exist");
        assertThat(WriteFailure.reason(Lang.ZH, new FileSystemException("/mnt/x", null, "Read-only file system")))
                .startsWith("该位置只读");
        IOException wrapped = new IOException("cannot write the JUnit report",
                new javax.xml.stream.XMLStreamException(new IOException("Broken pipe")));
        assertThat(WriteFailure.reason(Lang.ZH, wrapped)).startsWith("接收输出的程序已提前结束");
        assertThat(WriteFailure.reason(Lang.ZH, new IOException("Input/output error")))
                .startsWith("系统写入时出错").contains(LogFile.path()).doesNotContain("Input/output");
    }

    // ---- template

    @Test
    void theTemplateIsWrittenOnlyUnderAnXlsxName() throws IOException {
        for (String name : new String[] {"t.csv", "t", "t.xls"}) {
            Cli.Result result = cli().run("template", "-o", dir.resolve(name).toString());
            assertThat(result.code()).as(name).isEqualTo(2);
            assertThat(result.err()).contains(".xlsx", name);
            assertThat(dir.resolve(name)).doesNotExist();
        }
        assertThat(cli().run("--lang", "en", "template", "-o", dir + "/").err()).contains("must be a file name ending in .xlsx");
        Cli.Result written = cli().run("template", "-o", dir.resolve("模板.XLSX").toString());
        assertThat(written.code()).as(written.toString()).isZero();
        assertThat(dir.resolve("模板.XLSX")).isRegularFile();
    }

    @Test
    void theTemplateIsNotWrittenIntoAMissingDirectory() {
        Path missing = dir.resolve("nonexistent/dir");
        Cli.Result result = cli().run("template", "-o", missing.resolve("t.xlsx").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("不存在");
        assertThat(dir.resolve("nonexistent")).doesNotExist();
    }

    // ---- generate

    @Test
    void generateTakesTheFormatFromTheOutputName() throws IOException {
        Path workbook = dir.resolve("g.xlsx");
        assertThat(cli().run("generate", "--cases", "20", "-o", workbook.toString()).code()).isZero();
        assertThat(new String(Files.readAllBytes(workbook), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        Path csv = dir.resolve("csv");
        Cli.Result directory = cli().run("generate", "--cases", "20", "-o", csv + "/");
        assertThat(directory.code()).as(directory.toString()).isZero();
        assertThat(directory.err()).contains("已新建目录");
        assertThat(csv.resolve("行政处罚案件.csv")).isRegularFile();
        Path xls = dir.resolve("g.xls");
        assertThat(cli().run("generate", "--cases", "20", "-o", xls.toString()).code()).isZero();
        assertThat(Files.readAllBytes(xls)).as("an OLE2 file, not HTML").startsWith(0xD0, 0xCF, 0x11, 0xE0);
        Path page = dir.resolve("g.htm");
        assertThat(cli().run("generate", "--cases", "20", "-o", page.toString()).code()).isZero();
        assertThat(Files.readString(page)).startsWith("<html>");
        Path disguised = dir.resolve("page.xls");
        assertThat(cli().run("generate", "--cases", "20", "--format", "html", "-o", disguised.toString()).code()).isZero();
        assertThat(Files.readString(disguised)).startsWith("<html>");
    }

    @Test
    void generateRefusesANameThatSaysAnotherFormat() throws IOException {
        String[][] refused = {
            {"-o", "g.txt"},
            {"-o", "g"},
            {"--format", "xlsx", "-o", "g.csv"},
            {"--format", "xlsx", "-o", "dir/"},
            {"--format", "csv", "-o", "g.xlsx"},
            {"--format", "xls", "-o", "g.xlsx"},
            {"--format", "xlsx", "-o", "g.xls"},
            {"--format", "html", "-o", "g.xlsx"},
            {"--format", "xls", "-o", "dir/"},
        };
        for (String[] options : refused) {
            String output = options[options.length - 1];
            String[] args = Stream.concat(Stream.of("generate", "--cases", "20"),
                            Stream.concat(Stream.of(options).limit(options.length - 1),
                                    Stream.of(dir.resolve(output) + (output.endsWith("/") ? "/" : ""))))
                    .toArray(String[]::new);
            Cli.Result result = cli().run(args);
            assertThat(result.code()).as(String.join(" ", options)).isEqualTo(2);
            assertThat(result.err()).as(String.join(" ", options)).contains("-o");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("nothing written").isEmpty();
        }
    }

    @Test
    void generateDoesNotWriteIntoAMissingDirectory() {
        Cli.Result result = cli().run("--lang", "en", "generate", "--cases", "20", "-o",
                dir.resolve("missing/g.xlsx").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
