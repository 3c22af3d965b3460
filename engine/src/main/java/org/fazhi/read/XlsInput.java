package org.fazhi.read;

import org.fazhi.model.FileFormat;
import org.fazhi.model.InputSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordType;

/**
 * Reads one BIFF8 workbook (Excel 97–2003 {@code .xls}, WPS {@code .et}) with POI's event API,
 * streaming: records are handed over one at a time and never held as a workbook model. The
 * workbook stream is read twice, because a sheet's merged cells are stored after its cells and
 * the {@link SheetProcessor} takes them before the first row: first for the sheet names,
 * visibility, date system and merged cells, then for the cells.
 */
final class XlsInput {
    private final InputContext context;

    XlsInput(InputContext context) {
        this.context = context;
    }

    List<InputSummary> read(Path file, String shown, Consumer<PendingRecord> sink) throws InputException {
        Rows rows = new Rows(shown, sink);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            String stream = FormatSniffer.workbookStream(fs.getRoot());
            rows.layout = context.layout(file, Layout.class, () -> {
                Layout layout = new Layout();
                HSSFRequest first = new HSSFRequest();
                first.addListenerForAllRecords(layout);
                process(fs, stream, first);
                layout.done();
                return layout;
            });
            HSSFRequest second = new HSSFRequest();
            FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(rows);
            rows.formats = formats;
            second.addListenerForAllRecords(new MissingRecordAwareHSSFListener(formats));
            process(fs, stream, second);
        } catch (Carried e) {
            throw e.failure;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetProcessor.SinkFailure failure) {
                throw failure;
            }
            throw rows.broken(e);
        }
        return rows.summaries;
    }

    private static void process(POIFSFileSystem fs, String stream, HSSFRequest request) throws IOException {
        try (InputStream in = fs.getRoot().createDocumentInputStream(stream)) {
            new HSSFEventFactory().processEvents(request, in);
        }
    }

    /**
     * Counts the substreams of the workbook stream: the globals, then one per sheet in the order
     * of their BOF positions; embedded charts nest inside a sheet's substream.
     */
    private abstract static class Substreams implements HSSFListener {
        private int depth;
        /** The index of the sheet substream being read, -1 in the globals. */
        int sheet = -1;
        boolean inWorksheet;

        @Override
        public void processRecord(Record record) {
            if (record instanceof BOFRecord bof) {
                depth++;
                if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                    sheet++;
                    inWorksheet = bof.getType() == BOFRecord.TYPE_WORKSHEET;
                    if (inWorksheet) {
                        sheetStarts();
                    }
                }
            } else if (record instanceof EOFRecord) {
                depth--;
                if (depth == 0 && inWorksheet) {
                    inWorksheet = false;
                    sheetEnds();
                }
            } else if (depth == 1 && inWorksheet) {
                worksheetRecord(record);
            } else if (depth == 1 && sheet < 0) {
                globalRecord(record);
            }
        }

        void sheetStarts() {
        }

        void sheetEnds() {
        }

        abstract void worksheetRecord(Record record);

        abstract void globalRecord(Record record);
    }

    /** The first pass: sheet names and visibility, the date system, the merged cells of each sheet. */
    private static final class Layout extends Substreams {
        private final List<BoundSheetRecord> bound = new ArrayList<>();
        private BoundSheetRecord[] byPosition;
        private final Map<Integer, MergedCells> merges = new HashMap<>();
        boolean date1904;

        @Override
        void globalRecord(Record record) {
            if (record instanceof BoundSheetRecord sheetRecord) {
                bound.add(sheetRecord);
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            }
        }

        @Override
        void worksheetRecord(Record record) {
            if (record instanceof MergeCellsRecord merged) {
                MergedCells cells = merges.computeIfAbsent(sheet, s -> new MergedCells());
                for (int i = 0; i < merged.getNumAreas(); i++) {
                    CellRangeAddress area = merged.getAreaAt(i);
                    cells.add(area.getFirstRow() + 1, area.getLastRow() + 1, area.getFirstColumn(), area.getLastColumn());
                }
            }
        }

        void done() {
            byPosition = BoundSheetRecord.orderByBofPosition(bound);
        }

        /** The sheet's tab entry, or null for a substream no tab names. */
        BoundSheetRecord sheet(int index) {
            return index < byPosition.length ? byPosition[index] : null;
        }

        MergedCells merges(int index) {
            return merges.getOrDefault(index, new MergedCells());
        }
    }

    /** The second pass: each worksheet's cells, row by row, into its {@link SheetProcessor}. */
    private final class Rows extends Substreams {
        private final String shown;
        private final Consumer<PendingRecord> sink;
        final List<InputSummary> summaries = new ArrayList<>();
        /** The first pass's findings, given before the second pass starts. */
        Layout layout;
        FormatTrackingHSSFListener formats;
        private SSTRecord strings;

        private final RowBuffer row = new RowBuffer();
        private SheetProcessor processor;
        private String sheetName;
        private boolean hidden;
        private boolean reading;
        /** The 0-based row of the last cell met, -1 when that row has been handed on. */
        private int openRow = -1;
        private int lastRow;
        /** A formula whose text result follows in a STRING record. */
        private int pendingColumn = -1;
        private long count;

        Rows(String shown, Consumer<PendingRecord> sink) {
            this.shown = shown;
            this.sink = sink;
        }

        @Override
        void globalRecord(Record record) {
            if (record instanceof SSTRecord sst) {
                strings = sst;
            }
        }

        @Override
        void sheetStarts() {
            BoundSheetRecord tab = layout.sheet(sheet);
            sheetName = tab == null ? String.valueOf(sheet + 1) : tab.getSheetname();
            hidden = tab != null && (tab.isHidden() || tab.isVeryHidden());
            RecordType byName = context.catalog().byName(sheetName);
            processor = new SheetProcessor(context.catalog(), shown, sheetName, byName, layout.date1904, true, sink);
            reading = !context.unwanted(byName);
            openRow = -1;
            lastRow = 0;
            count = 0;
            if (reading) {
                processor.merges(layout.merges(sheet));
                context.progress().started(shown, sheetName, -1);
            }
        }

        @Override
        void sheetEnds() {
            if (openRow >= 0) {
                endRow(openRow);
            }
            try {
                summaries.add(processor.finish().in(FileFormat.XLS, hidden));
            } catch (InputException e) {
                throw new Carried(e);
            }
            if (reading) {
                context.progress().finished(count);
            }
            processor = null;
            sheetName = null;
        }

        @Override
        void worksheetRecord(Record record) {
            if (!reading) {
                return;
            }
            if (record instanceof LastCellOfRowDummyRecord last) {
                endRow(last.getRow());
            } else if (record instanceof StringRecord text && pendingColumn >= 0) {
                row.set(pendingColumn, RowView.CellKind.TEXT, text.getString());
                pendingColumn = -1;
            } else if (record instanceof CellValueRecordInterface cell) {
                cell(cell);
            }
        }

        private void cell(CellValueRecordInterface cell) {
            int rowIndex = cell.getRow();
            if (openRow >= 0 && rowIndex != openRow) {
                endRow(openRow);
            }
            openRow = rowIndex;
            lastRow = rowIndex + 1;
            int column = cell.getColumn() & 0xFFFF;
            pendingColumn = -1;
            if (cell instanceof NumberRecord number) {
                number(column, cell, number.getValue());
            } else if (cell instanceof LabelSSTRecord label) {
                row.set(column, RowView.CellKind.TEXT, strings == null ? null
                        : strings.getString(label.getSSTIndex()).getString());
            } else if (cell instanceof LabelRecord label) {
                row.set(column, RowView.CellKind.TEXT, label.getValue());
            } else if (cell instanceof BoolErrRecord boolErr) {
                if (boolErr.isBoolean()) {
                    row.set(column, RowView.CellKind.BOOL, boolErr.getBooleanValue() ? "1" : "0");
                } else {
                    row.set(column, RowView.CellKind.TEXT, error(boolErr.getErrorValue()));
                }
            } else if (cell instanceof FormulaRecord formula) {
                formula(column, formula);
            }
        }

        /** A formula gives its cached result, as the program that saved the file computed it. */
        private void formula(int column, FormulaRecord formula) {
            if (formula.hasCachedResultString()) {
                pendingColumn = column;
                return;
            }
            CellType type = formula.getCachedResultTypeEnum();
            if (type == CellType.NUMERIC) {
                number(column, formula, formula.getValue());
            } else if (type == CellType.BOOLEAN) {
                row.set(column, RowView.CellKind.BOOL, formula.getCachedBooleanValue() ? "1" : "0");
            } else if (type == CellType.ERROR) {
                row.set(column, RowView.CellKind.TEXT, error(formula.getCachedErrorValue()));
            }
        }

        private void number(int column, CellValueRecordInterface cell, double value) {
            int id = formats.getFormatIndex(cell);
            String code = formats.getFormatString(id);
            // built-in formats the file does not spell out are named "reserved-0x…" by POI
            boolean date = DateStyles.isDateFormat(id, code == null || code.startsWith("reserved") ? null : code);
            row.set(column, date ? RowView.CellKind.DATE : RowView.CellKind.NUMBER, NumberToTextConverter.toText(value));
        }

        private static String error(int code) {
            return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
        }

        private void endRow(int rowIndex) {
            openRow = -1;
            pendingColumn = -1;
            if (!reading) {
                return;
            }
            try {
                processor.accept(row.take(rowIndex + 1));
            } catch (InputException e) {
                throw new Carried(e);
            }
            if (++count % ReadProgress.EVERY == 0) {
                context.progress().advanced(count, -1);
            }
            reading = !context.unwanted(processor.type());
        }

        /** A workbook stream that breaks: the message names the sheet and row reached, never the parser's text. */
        InputException broken(Exception e) {
            if (sheetName == null) {
                return new InputException(e, "read.error.xls", shown);
            }
            return new InputException(e, "read.error.xlsSheet", shown, sheetName, String.valueOf(Math.max(1, lastRow)));
        }
    }
}
