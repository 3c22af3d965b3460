package org.fazhi.model;

import java.util.Collection;
import java.util.Set;

/**
 * The fields one sheet (or text file) has as columns, shared by every record read from it: a
 * blank field whose column exists is a blank cell (DQ-004), one whose column is absent is a gap in
 * the export (DQ-007, once for the sheet). One object per sheet, so a record pays a reference.
 *
 * @param type   the sheet's record type
 * @param header where the sheet's header is: file, sheet (null for a text file) and header row
 * @param fields the fields bound to a column
 */
public record SheetColumns(RecordType type, SourceRef header, Set<FieldSpec> fields) {

    public SheetColumns(RecordType type, SourceRef header, Collection<FieldSpec> fields) {
        this(type, header, Set.copyOf(fields));
    }

    public boolean has(FieldSpec field) {
        return fields.contains(field);
    }

    /** Identity, not contents: two sheets with the same columns are still two sheets. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
