package org.fazhi.read;

import java.io.Serializable;

/**
 * One file of a run's inputs: where it is, and how findings name it (as given, or relative to the
 * directory given). Serializable, so that files can be handed to other machines to read.
 *
 * @param path        the file's path
 * @param shown       the file as reports name it
 * @param inDirectory whether it was found in a directory (an unreadable format is then skipped, not an error)
 */
public record InputFile(String path, String shown, boolean inDirectory) implements Serializable {
}
