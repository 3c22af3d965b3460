package org.fazhi.spark;

import java.io.Serializable;
import org.fazhi.read.InputFile;

/**
 * A file of the run and its place among the run's files: reading order, which decides which of
 * two records with the same identifier is the repeat (DQ-003) and in which order sheets are listed.
 */
record IndexedFile(int order, InputFile file) implements Serializable {
}
