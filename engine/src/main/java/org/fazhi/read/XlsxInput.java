package org.fazhi.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.io.input.BoundedInputStream;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordType;

/**
 * Reads one .xlsx file: makes sure it is a workbook, then streams each sheet that may hold a
 * wanted record type, row by row, into its {@link SheetProcessor}.
 */
final class XlsxInput {
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final InputContext context;

    XlsxInput(InputContext context) {
        this.context = context;
    }

    /** One summary per sheet, in workbook order. */
    List<InputSummary> read(Path file, String shown, Consumer<PendingRecord> sink) throws InputException {
        requireWorkbook(file, shown);
        List<InputSummary> found = new ArrayList<>();
        try (XlsxWorkbook workbook = openWorkbook(file, shown)) {
            XlsxSheetReader reader = null;
            for (XlsxWorkbook.Sheet sheet : workbook.sheets()) {
                RecordType byName = context.catalog().byName(sheet.name());
                SheetProcessor processor = new SheetProcessor(context.catalog(), shown, sheet.name(), byName,
                        workbook.isDate1904(), true, sink);
                if (!context.unwanted(byName)) {
                    // the shared strings and styles are read only once a sheet is wanted
                    reader = reader != null ? reader : sheetReader(workbook, shown);
                    readSheet(workbook, sheet, reader, processor, shown);
                }
                found.add(processor.finish());
            }
        } catch (IOException e) {
            // closing a read-only package; nothing was written
            throw new InputException(e, "read.error.io", shown, InputReader.detail(e));
        }
        return found;
    }

    /** An old .xls or an encrypted workbook (OLE2), or not a zip at all: said plainly, before any parsing. */
    private static void requireWorkbook(Path file, String shown) throws InputException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            if (n == 4 && Arrays.equals(head, OLE2_MAGIC)) {
                throw new InputException("read.error.ole2", shown);
            }
            if (n < 4 || !Arrays.equals(head, ZIP_MAGIC)) {
                throw new InputException("read.error.notXlsx", shown);
            }
        } catch (IOException e) {
            throw new InputException(e, "read.error.io", shown, String.valueOf(e.getMessage()));
        }
    }

    private static XlsxWorkbook openWorkbook(Path file, String shown) throws InputException {
        try {
            return XlsxWorkbook.open(file);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new InputException(e, "read.error.corrupt", shown, InputReader.detail(e));
        }
    }

    private static XlsxSheetReader sheetReader(XlsxWorkbook workbook, String shown) throws InputException {
        try {
            return workbook.sheetReader();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new InputException(e, "read.error.corrupt", shown, InputReader.detail(e));
        }
    }

    private void readSheet(XlsxWorkbook workbook, XlsxWorkbook.Sheet sheet, XlsxSheetReader reader,
            SheetProcessor processor, String shown) throws InputException {
        context.progress().started(shown, sheet.name(), workbook.size(sheet));
        long[] count = {0};
        try (BoundedInputStream in = BoundedInputStream.builder().setInputStream(workbook.open(sheet)).get()) {
            reader.read(in, row -> {
                processor.accept(row);
                if (++count[0] % ReadProgress.EVERY == 0) {
                    context.progress().advanced(count[0], in.getCount());
                }
                return !context.unwanted(processor.type());
            });
        } catch (XlsxSheetReader.BrokenSheetException e) {
            throw broken(e, shown, sheet.name());
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetProcessor.SinkFailure failure) {
                throw failure;
            }
            throw new InputException(e, "read.error.sheet", shown, sheet.name(), InputReader.detail(e));
        }
        context.progress().finished(count[0]);
    }

    /** Names the row and the column where the reader was, as far as it had got. */
    private static InputException broken(XlsxSheetReader.BrokenSheetException e, String shown, String sheet) {
        String row = String.valueOf(e.row());
        if (e.row() <= 0) {
            return new InputException(e, "read.error.sheet", shown, sheet, InputReader.detail(e));
        }
        if (e.column() == null) {
            return new InputException(e, "read.error.sheetRow", shown, sheet, row, InputReader.detail(e));
        }
        return new InputException(e, "read.error.sheetCell", shown, sheet, row, e.column(), InputReader.detail(e));
    }
}
