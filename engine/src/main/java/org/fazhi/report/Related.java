package org.fazhi.report;

import java.io.Serializable;
import org.fazhi.model.SourceRef;

/** A member of a cross-record finding's group. */
public record Related(String recordId, SourceRef source) implements Serializable {
}
