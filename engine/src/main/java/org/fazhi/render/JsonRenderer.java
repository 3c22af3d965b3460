package org.fazhi.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.fazhi.report.Report;

/**
 * The machine-readable report, {@code fazhi-report/1} (outputs.md): the {@link Report} as it is,
 * keys in declaration order, every key always present (null where there is no value),
 * two-space indentation, UTF-8 text unescaped, decimals written plain and a final newline.
 * The same report gives the same bytes.
 */
public final class JsonRenderer implements Renderer {
    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = writer();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        // Streamed: a 10⁶-case report is over 100 MB of text, and need not be held as one array.
        WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report);
        out.write('\n');
        out.flush();
    }

    /** The JSON text of a report, as {@link #render} writes it. */
    public static String toJson(Report report) throws IOException {
        return new String(WRITER.writeValueAsBytes(report), StandardCharsets.UTF_8) + "\n";
    }

    /**
     * One part of a report (a finding, a summary) as one line of JSON with the report's keys and
     * values, for outputs that hold one object a line.
     */
    public static String toJsonLine(Object part) throws IOException {
        return MAPPER.writeValueAsString(part);
    }

    private static ObjectMapper mapper() {
        // Only the record components are the schema: helper methods such as isSuppressed() are not keys.
        return JsonMapper.builder()
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .build()
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return MAPPER.writer(printer);
    }
}
