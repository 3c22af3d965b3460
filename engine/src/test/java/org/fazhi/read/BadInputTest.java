package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    void directoryWithoutSpreadsheets() throws Exception {
        Path d = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(d.resolve("readme.txt"), "x");
        Files.writeString(d.resolve("~$cases.xlsx"), "lock");
        fails(d, "read.error.emptyDirectory");
    }

    @Test
    void notASpreadsheetRenamedXlsx() throws Exception {
        fails(Files.writeString(dir.resolve("report.xlsx"), "just some text"), "read.error.notXlsx");
    }

    @Test
    void oldBinaryWorkbookRenamedXlsx() throws Exception {
        byte[] ole2 = new byte[512];
        ole2[0] = (byte) 0xD0;
        ole2[1] = (byte) 0xCF;
        ole2[2] = 0x11;
        ole2[3] = (byte) 0xE0;
        fails(Files.write(dir.resolve("old.xlsx"), ole2), "read.error.ole2", ".xlsx");
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
    void unsupportedExtensions() throws Exception {
        fails(Files.writeString(dir.resolve("cases.xls"), "x"), "read.error.oldFormat", ".xlsx");
        fails(Files.writeString(dir.resolve("cases.txt"), "x"), "read.error.unsupported", ".xlsx", ".csv");
    }

    @Test
    void workbookWithoutAnyRecognisedSheetIsListedAsIgnored() throws Exception {
        Path file = new Workbooks().sheet("Sheet1", row("名称", "数量"), row("a", 1)).sheet("Sheet2")
                .write(dir.resolve("other.xlsx"));
        Reading r = Reading.of(file);
        assertThat(r.records).isEmpty();
        assertThat(r.summaries).extracting(InputSummary::sheet, InputSummary::ignoredReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sheet1", "read.ignored.unrecognised"),
                org.assertj.core.groups.Tuple.tuple("Sheet2", "read.ignored.empty"));
    }

    @Test
    void inputFilesAreNeverWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("report.xlsx"), "just some text", StandardCharsets.UTF_8);
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOf(InputException.class);
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
