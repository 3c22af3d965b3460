package org.fazhi.render;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.i18n.Lang;
import org.fazhi.render.xlsx.XlsxRenderer;
import org.fazhi.report.Report;

/**
 * Measures by hand (not a test) what writing a large Excel report costs: builds a report of N
 * findings (default 100,000), writes it to a temporary file, and prints the heap used by the
 * report alone and the peak heap of the whole run. Run with a capped heap to see that it fits,
 * e.g. {@code java -Xmx128m -cp ... org.fazhi.render.XlsxMemory 100000 [links]}.
 */
public final class XlsxMemory {
    private XlsxMemory() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // "links": the findings point at a file that exists, so every file cell carries a hyperlink.
        Path source = Files.createTempFile("fazhi-source", ".xlsx");
        boolean links = args.length > 1 && "links".equals(args[1]);
        Report report = links ? XlsxRendererTest.largeReport(n, source.toString()) : XlsxRendererTest.largeReport(n);
        System.gc();
        long reportHeap = used();
        resetPeaks();
        Path file = Files.createTempFile("fazhi-large", ".xlsx");
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxRenderer().render(report, RenderOptions.plain(Lang.ZH, AbstractRendererTest.catalogue()), out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("findings %d, file %d KB, %d ms%n", n, Files.size(file) / 1024, millis);
        System.out.printf("heap after building the report (live) %d MB; peak heap while writing %d MB; max heap %d MB%n",
                reportHeap >> 20, peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        Files.delete(file);
        Files.delete(source);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
