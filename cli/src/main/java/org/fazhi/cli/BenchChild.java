package org.fazhi.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.check.CheckRequest;
import org.fazhi.check.Checker;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.gate.Baseline;
import org.fazhi.i18n.Lang;
import org.fazhi.read.CsvEncoding;
import org.fazhi.read.Mapping;
import org.fazhi.read.ReadProgress;
import org.fazhi.render.RenderOptions;
import org.fazhi.render.Renderers;
import org.fazhi.report.spill.Spill;
import org.fazhi.report.FailOn;
import org.fazhi.report.Report;

/**
 * One measurement of {@code fazhi bench}, run in its own JVM so that its peak memory is its own:
 * {@code floor xlsx|csv PATH} parses the sheet data and does nothing with it; {@code check xlsx|csv PATH}
 * runs the real check pipeline and renders the JSON report into a null stream. Prints one line,
 * {@code BENCH records=… nanos=… cpuNanos=… hwmKb=…}: wall time of the work, CPU time of the whole
 * process during it (every thread: the work, the JIT compilers, the collector; -1 where the JVM
 * cannot tell), and the process's peak resident set ({@code VmHWM}; -1 where /proc is not
 * available). A check adds {@code findings=… liveKb=…}: how many findings, and the heap still in
 * use after a full collection at the end, with the report held.
 */
public final class BenchChild {
    static final String PREFIX = "BENCH ";
    /** The as-of date of a bench check: the generator's dates all lie on or before it. */
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    /** Start elements the last xlsx floor saw (kept so that the parse is not work without a result). */
    static long elementsSeen;

    private BenchChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: BenchChild floor|check xlsx|csv PATH");
            System.exit(2);
        }
        Path path = Path.of(args[2]);
        boolean csv = args[1].equals("csv");
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Report report = null;
        long records = switch (args[0]) {
            case "floor" -> csv ? floorCsv(path) : floorXlsx(path);
            case "check" -> records(report = check(path));
            default -> throw new IllegalArgumentException(args[0]);
        };
        long nanos = System.nanoTime() - start;
        long cpuNanos = cpuStart < 0 ? -1 : processCpuNanos() - cpuStart;
        String line = PREFIX + "records=" + records + " nanos=" + nanos + " cpuNanos=" + cpuNanos
                + " hwmKb=" + peakKb();
        if (report != null) {
            // measured once the clock has stopped, with the report still held, as a check holds it
            line += " findings=" + report.findings().size() + " liveKb=" + liveHeapKb();
            Reference.reachabilityFence(report);
        }
        System.out.println(line);
        System.out.flush();
        System.exit(0);
    }

    /**
     * The heap that is still in use after a full collection, in kB: what the check holds at its
     * end (the report and its findings, the rule base), not what the collector let pile up.
     */
    static long liveHeapKb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
    }

    /** CPU time of this process so far, all threads, or -1 when the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Streams every worksheet (and the shared strings) with Aalto StAX, counting elements; records = rows below title and header. */
    static long floorXlsx(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        long rows = 0;
        long elements = 0;
        int sheets = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                if (!sheet && !name.equals("xl/sharedStrings.xml")) {
                    continue;
                }
                sheets += sheet ? 1 : 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    XMLStreamReader reader = factory.createXMLStreamReader(in);
                    while (reader.hasNext()) {
                        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                            elements++;
                            if (sheet && "row".equals(reader.getLocalName())) {
                                rows++;
                            }
                        }
                    }
                    reader.close();
                }
            }
        }
        elementsSeen = elements;
        return rows - 2L * sheets;
    }

    /**
     * Reads every CSV file of the directory with Jackson's streaming iterator, decoded as the reader
     * decodes it (UTF-8 as bytes, any other encoding through a decoder); records = lines below the header.
     */
    static long floorCsv(Path directory) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        long records = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file);
                 MappingIterator<String[]> rows = CsvEncoding.of(file).rows(mapper.readerFor(String[].class), in)) {
                long n = 0;
                while (rows.hasNext()) {
                    rows.next();
                    n++;
                }
                records += Math.max(0, n - 1);
            }
        }
        return records;
    }

    /**
     * The real pipeline, as {@code fazhi check PATH --format json} runs it, the report going nowhere.
     * Its findings are gone once it returns (their spill is removed); their number is kept.
     */
    static Report check(Path input) throws Exception {
        Catalogue catalogue = Catalogue.builtIn();
        try (Spill spill = Spill.under(null)) {
            CheckRequest request = new CheckRequest(List.of(input), Mapping.none(),
                    new ParametersLoader(catalogue).defaults(), CalendarLoader.official(), AS_OF,
                    RuleSelection.all(), FailOn.ERROR, Baseline.none(), List.of(), ReadProgress.NONE, spill);
            Report report = new Checker(catalogue, new RuleEngine(List.of(RuleEngine.builtInRules()))).check(request);
            try (OutputStream nowhere = OutputStream.nullOutputStream()) {
                Renderers.byName("json").orElseThrow()
                        .render(report, new RenderOptions(Lang.ZH, false, false, catalogue), nowhere);
            }
            return report;
        }
    }

    private static long records(Report report) {
        return report.summary().records().values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The peak resident set of this process in kB ({@code VmHWM}), or -1 when unknown. */
    static long peakKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
