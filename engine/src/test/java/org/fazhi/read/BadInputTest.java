package org.fazhi.read;

import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.fazhi.read.Workbooks.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    private void fails(Path input, String key, String... mentions) {
        assertThatThrownBy(() -> Reading.of(input)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            String name = input.getFileName().toString();
            assertThat(e.message(Lang.ZH)).contains(name);
            assertThat(e.message(Lang.EN)).contains(name);
            for (String mention : mentions) {
                assertThat(e.message(Lang.ZH)).contains(mention);
                assertThat(e.message(Lang.EN)).contains(mention);
            }
        });
    }

    @Test
    void missingFileOrDirectory() {
        fails(dir.resolve("nowhere.xlsx"), "read.error.notFound");
        fails(dir.resolve("nodir"), "read.error.notFound");
    }

    @Test
    void aFileTheSystemWillNotReadIsSaidWithoutTheSystemsText() {
        InputException e = InputReader.unreadable(new java.nio.file.AccessDeniedException("/secret/path"), "a.csv");
        assertThat(e.message(Lang.ZH)).contains("a.csv", "没有读取权限").doesNotContain("/secret/path");
        assertThat(e.message(Lang.EN)).contains("a.csv", "permission denied");
    }

    @Test
    void directoryWithOnlyLockAndHiddenFiles() throws Exception {
        Path d = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(d.resolve(".DS_Store"), "x");
        Files.writeString(d.resolve("~$cases.xlsx"), "lock");
        Reading r = Reading.of(d);
        assertThat(r.records).isEmpty();
        assertThat(r.summaries).extracting(InputSummary::file, InputSummary::ignoredReason)
                .containsExactly(tuple(d.toString().replace('\\', '/'), InputReader.EMPTY_DIRECTORY));
    }

    @Test
    void textNamedXlsxIsReadAsTextAndListedAsUnrecognised() throws Exception {
        // named on its own but of no known type: listed, and the run then has nothing to check (exit 2)
        Reading r = Reading.of(Files.writeString(dir.resolve("report.xlsx"), "just some text"));
        assertThat(r.records).isEmpty();
        assertThat(r.summaries).extracting(InputSummary::format, InputSummary::ignoredReason)
                .containsExactly(tuple("text", "read.ignored.unrecognised"));
    }

    @Test
    void corruptZip() throws Exception {
        Path good = new Workbooks().sheet("cases", row("case_id", "agency", "filing_date"), row("A", "B", "2023-01-01"))
                .write(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        fails(Files.write(dir.resolve("broken.xlsx"), Arrays.copyOf(bytes, bytes.length / 2)), "read.error.corrupt");
    }

    @Test
    void emptyFiles() throws Exception {
        fails(Files.write(dir.resolve("empty.xlsx"), new byte[0]), "read.error.emptyFile");
        fails(Files.write(dir.resolve("empty.csv"), new byte[0]), "read.error.emptyFile");
    }

    @Test
    void workbookWithoutAnyRecognisedSheetIsListedAsIgnored() throws Exception {
        Path file = new Workbooks().sheet("Sheet1", row("名称", "数量"), row("a", 1)).sheet("Sheet2")
                .write(dir.resolve("other.xlsx"));
        Reading r = Reading.of(file);
        assertThat(r.records).isEmpty();
        assertThat(r.summaries).extracting(InputSummary::sheet, InputSummary::ignoredReason).containsExactly(
                tuple("Sheet1", "read.ignored.unrecognised"),
                tuple("Sheet2", "read.ignored.empty"));
    }

    @Test
    void inputFilesAreNeverWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("report.xlsx"), "just some text", StandardCharsets.UTF_8);
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertThat(Reading.of(file).records).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("just some text");
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void aFailingConsumerIsNotReportedAsABadFile() throws Exception {
        Path file = new Workbooks().sheet("cases", row("case_id", "agency", "filing_date"), row("A", "B", "2023-01-01"))
                .write(dir.resolve("ok.xlsx"));
        InputReader reader = new InputReader(Mapping.none());
        assertThatThrownBy(() -> reader.read(java.util.List.of(file), r -> {
            throw new IllegalStateException("downstream");
        })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("downstream");
    }
}
