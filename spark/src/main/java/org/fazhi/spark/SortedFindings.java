package org.fazhi.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.api.java.JavaRDD;
import org.fazhi.report.Finding;
import scala.Tuple2;

/**
 * A run's findings sorted by Spark in report order, range-partitioned so that the driver, which
 * reads them back one partition at a time to write them in that order, never holds more than
 * about {@link #PER_PARTITION} of them, however many the run found.
 */
final class SortedFindings {
    /** Findings per sorted partition: about 20 MB of them on the driver at a time. */
    static final int PER_PARTITION = 20_000;

    private SortedFindings() {
    }

    /** The findings in report order, read one partition at a time as they are iterated; iterate once. */
    static Iterable<Finding> of(JavaRDD<Finding> findings) {
        long count = findings.count();
        int partitions = (int) Math.max(1, (count + PER_PARTITION - 1) / PER_PARTITION);
        JavaRDD<Finding> sorted = findings.mapToPair(finding -> new Tuple2<>(finding, Boolean.TRUE))
                .sortByKey(new ReportOrder(), true, partitions)
                .keys();
        return sorted::toLocalIterator;
    }

    /** {@link Finding#REPORT_ORDER}, as the sort's range partitioner takes it to every executor. */
    private static final class ReportOrder implements Comparator<Finding>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Finding a, Finding b) {
            return Finding.REPORT_ORDER.compare(a, b);
        }
    }
}
