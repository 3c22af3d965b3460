package org.fazhi.read;

import org.fazhi.model.FileFormat;
import org.fazhi.model.InputSummary;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.commons.io.input.BoundedInputStream;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordType;

/**
 * Reads one delimited text file: its encoding, its separator, its record type (from the file
 * name or its header) and its rows.
 */
final class CsvInput {
    private final InputContext context;

    CsvInput(InputContext context) {
        this.context = context;
    }

    InputSummary read(Path file, String shown, Consumer<PendingRecord> sink) throws InputException {
        String stem = FileFormat.stem(file.getFileName().toString());
        RecordType byName = context.catalog().byName(stem);
        SheetProcessor processor = new SheetProcessor(context.catalog(), shown, null, byName, false, false, sink);
        if (context.unwanted(byName)) {
            return processor.finish();
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvEncoding encoding = null;
        try {
            encoding = CsvEncoding.of(file);
            ObjectReader rows = mapper.readerFor(String[].class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(Delimiter.of(file, encoding)));
            context.progress().started(shown, null, Files.size(file));
            long count = 0;
            try (BoundedInputStream in = BoundedInputStream.builder().setInputStream(Files.newInputStream(file)).get()) {
                try (MappingIterator<String[]> it = encoding.rows(rows, in)) {
                    while (it.hasNextValue() && !context.unwanted(processor.type())) {
                        int line = it.getParser().currentLocation().getLineNr();
                        processor.accept(new CsvRow(line, it.nextValue()));
                        if (++count % ReadProgress.EVERY == 0) {
                            context.progress().advanced(count, in.getCount());
                        }
                    }
                }
                context.progress().finished(count);
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof CharConversionException || e.getCause() instanceof CharacterCodingException) {
                throw badBytes(file, shown, encoding, (IOException) e.getCause());
            }
            int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(e, "read.error.csv", shown, String.valueOf(at));
        } catch (CharConversionException | CharacterCodingException e) {
            throw badBytes(file, shown, encoding, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetProcessor.SinkFailure) {
                throw (SheetProcessor.SinkFailure) e;
            }
            throw InputReader.unreadable(e, shown);
        }
        return processor.finish();
    }

    /**
     * Bytes that are not text in the encoding the file was taken to have: a file that began as
     * UTF-8 and has other bytes further on, a GB18030 file with a line of UTF-8 text, or with bytes
     * GB18030 does not allow. The decoder notices them a buffer ahead, so the line is found again
     * by decoding up to them.
     */
    private static InputException badBytes(Path file, String shown, CsvEncoding encoding, IOException e) {
        if (e instanceof Utf8LineGuard.MixedEncoding mixed) {
            return new InputException(e, "read.error.csvMixedEncoding", shown, String.valueOf(mixed.line()));
        }
        String line;
        try {
            line = String.valueOf(encoding.firstMalformedLine(file));
        } catch (IOException again) {
            line = "?";
        }
        return new InputException(e, encoding.isUtf8() ? "read.error.csvEncoding" : "read.error.csvEncodingGb",
                shown, line);
    }
}
