package org.fazhi.read;

import org.fazhi.model.FileFormat;
import org.fazhi.model.InputSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.io.input.BoundedInputStream;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordType;

/**
 * Reads one OOXML workbook ({@code .xlsx}, {@code .xlsm}, Strict OOXML): streams each sheet that
 * may hold a wanted record type, row by row, into its {@link SheetProcessor}. A workbook none of
 * whose sheets is recognised is listed with its sheets ignored, not refused.
 */
final class XlsxInput {
    private final InputContext context;

    XlsxInput(InputContext context) {
        this.context = context;
    }

    /** One summary per sheet, in workbook order. */
    List<InputSummary> read(Path file, String shown, Consumer<PendingRecord> sink) throws InputException {
        List<InputSummary> found = new ArrayList<>();
        try (XlsxWorkbook workbook = openWorkbook(file, shown);
                MergeScans own = context.scans() == null ? MergeScans.forOneRead() : null) {
            MergeScans.Workbook merges = (own != null ? own : context.scans())
                    .ahead(file, workbook, workbook.sheets().stream().filter(this::read).toList());
            XlsxSheetReader reader = null;
            for (XlsxWorkbook.Sheet sheet : workbook.sheets()) {
                if (sheet.part() == null) {
                    found.add(new InputSummary(shown, sheet.name(), null, 0, 0, InputSummary.SkippedRows.NONE, List.of(),
                            "read.ignored.noPart", List.of(), FileFormat.XLSX.key(), sheet.hidden()));
                    continue;
                }
                RecordType byName = context.catalog().byName(sheet.name());
                SheetProcessor processor = new SheetProcessor(context.catalog(), shown, sheet.name(), byName,
                        workbook.isDate1904(), true, sink);
                if (read(sheet)) {
                    // the shared strings and styles are read only once a sheet is wanted
                    reader = reader != null ? reader : sheetReader(workbook, shown);
                    readSheet(workbook, sheet, reader, processor, merges, shown);
                }
                found.add(processor.finish().in(FileFormat.XLSX, sheet.hidden()));
            }
        } catch (IOException e) {
            // closing a read-only package; nothing was written
            throw new InputException(e, "read.error.corrupt", shown, new InputException.Reason("read.broken.zip"));
        }
        return found;
    }

    /**
     * Whether the sheet is read: it has a part and its name is not of a record type left out. The
     * one test for the loop and for the merge scans ahead, which must scan exactly those sheets.
     */
    private boolean read(XlsxWorkbook.Sheet sheet) {
        return sheet.part() != null && !context.unwanted(context.catalog().byName(sheet.name()));
    }

    private static XlsxWorkbook openWorkbook(Path file, String shown) throws InputException {
        try {
            return XlsxWorkbook.open(file);
        } catch (InflationLimit.ZipBombException e) {
            throw new InputException(e, "read.refused.zipBomb", shown);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new InputException(e, "read.error.corrupt", shown, why(e));
        }
    }

    private static XlsxSheetReader sheetReader(XlsxWorkbook workbook, String shown) throws InputException {
        try {
            return workbook.sheetReader();
        } catch (InflationLimit.ZipBombException e) {
            throw new InputException(e, "read.refused.zipBomb", shown);
        } catch (IOException | RuntimeException e) {
            throw new InputException(e, "read.error.corrupt", shown, why(e));
        }
    }

    /** Why a package cannot be opened: the part that is missing or broken, else the zip itself. */
    private static InputException.Reason why(Exception e) {
        if (e instanceof XlsxWorkbook.BrokenPartException broken) {
            return new InputException.Reason(broken.missing() ? "read.broken.missingPart" : "read.broken.part",
                    broken.part());
        }
        return new InputException.Reason("read.broken.zip");
    }

    private void readSheet(XlsxWorkbook workbook, XlsxWorkbook.Sheet sheet, XlsxSheetReader reader,
            SheetProcessor processor, MergeScans.Workbook merges, String shown) throws InputException {
        context.progress().started(shown, sheet.name(), workbook.size(sheet));
        long[] count = {0};
        try {
            processor.merges(merges.of(sheet));
        } catch (InflationLimit.ZipBombException e) {
            throw new InputException(e, "read.refused.zipBomb", shown);
        } catch (IOException | RuntimeException e) {
            throw new InputException(e, "read.error.sheet", shown, sheet.name(),
                    new InputException.Reason("read.broken.part", sheet.part()));
        }
        try (BoundedInputStream in = BoundedInputStream.builder().setInputStream(workbook.open(sheet)).get()) {
            reader.read(in, row -> {
                processor.accept(row);
                if (++count[0] % ReadProgress.EVERY == 0) {
                    context.progress().advanced(count[0], in.getCount());
                }
                return !context.unwanted(processor.type());
            });
        } catch (XlsxSheetReader.BrokenSheetException e) {
            if (InflationLimit.causedIt(e)) {
                throw new InputException(e, "read.refused.zipBomb", shown);
            }
            throw broken(e, shown, sheet.name());
        } catch (InflationLimit.ZipBombException e) {
            throw new InputException(e, "read.refused.zipBomb", shown);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetProcessor.SinkFailure failure) {
                throw failure;
            }
            throw new InputException(e, "read.error.sheet", shown, sheet.name(),
                    new InputException.Reason("read.broken.part", sheet.part()));
        }
        context.progress().finished(count[0]);
    }

    /** Names the row and the column where the reader was, as far as it had got. */
    private static InputException broken(XlsxSheetReader.BrokenSheetException e, String shown, String sheet) {
        String row = String.valueOf(e.row());
        if (e.row() <= 0) {
            return new InputException(e, "read.error.sheet", shown, sheet, e.reason());
        }
        if (e.column() == null) {
            return new InputException(e, "read.error.sheetRow", shown, sheet, row, e.reason());
        }
        return new InputException(e, "read.error.sheetCell", shown, sheet, row, e.column(), e.reason());
    }
}
