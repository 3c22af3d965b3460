package org.fazhi.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordType;

/**
 * What the reader of one file format needs from the run: how sheets are recognised, where to
 * report progress, which record types are wanted, and the run's merge scans (null when each
 * reading scans for itself).
 */
record InputContext(TypeCatalog catalog, ReadProgress progress, Predicate<RecordType> wanted, MergeScans scans) {

    /** The layout of a file walked twice (.xls, SpreadsheetML): the run's, or walked for this reading. */
    <T, E extends Exception> T layout(Path file, Class<T> kind, MergeScans.Walk<T, E> walk)
            throws IOException, InputException, E {
        return scans == null ? walk.walk() : scans.layout(file, kind, walk);
    }

    /** True when the type is known and not wanted; an unknown type is read until it is known. */
    boolean unwanted(RecordType type) {
        return type != null && !wanted.test(type);
    }
}
