package org.fazhi.report.spill;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.Related;
import org.fazhi.report.Severity;
import org.fazhi.report.Suppression;

/**
 * A finding in a compact binary form: numbers as variable-length integers, the strings that
 * repeat as numbers of the spill's {@link StringTable}, the rest as UTF-8. Every component comes
 * back as it was (null as null, the fields in their order), so a finding read back renders and
 * sorts exactly as the one written.
 */
final class FindingCodec {
    /** Tags of a string that may be in the table: null, written in full, or the table's number + 2. */
    private static final int NULL = 0;
    private static final int INLINE = 1;

    private final StringTable table;

    FindingCodec(StringTable table) {
        this.table = table;
    }

    void write(Finding f, DataOutput out) throws IOException {
        common(f.ruleId(), out);
        out.writeByte(f.severity().ordinal());
        common(f.recordType(), out);
        text(f.recordId(), out);
        common(f.agency(), out);
        source(f.source(), out);
        Map<String, String> fields = f.fields();
        if (fields == null) {
            varint(0, out);
        } else {
            varint(fields.size() + 1, out);
            for (Map.Entry<String, String> field : fields.entrySet()) {
                common(field.getKey(), out);
                text(field.getValue(), out);
            }
        }
        common(f.clause(), out);
        common(f.basis(), out);
        text(f.message(), out);
        text(f.messageEn(), out);
        List<Related> related = f.related();
        if (related == null) {
            varint(0, out);
        } else {
            varint(related.size() + 1, out);
            for (Related member : related) {
                text(member.recordId(), out);
                source(member.source(), out);
            }
        }
        Suppression s = f.suppression();
        out.writeBoolean(s != null);
        if (s != null) {
            common(s.by(), out);
            text(s.reason(), out);
            common(s.approvedBy(), out);
            common(s.expires(), out);
        }
    }

    Finding read(DataInput in) throws IOException {
        String ruleId = common(in);
        Severity severity = Severity.values()[in.readByte()];
        String recordType = common(in);
        String recordId = text(in);
        String agency = common(in);
        SourceRef source = source(in);
        Map<String, String> fields = null;
        int fieldCount = varint(in) - 1;
        if (fieldCount >= 0) {
            fields = new LinkedHashMap<>();
            for (int i = 0; i < fieldCount; i++) {
                fields.put(common(in), text(in));
            }
            fields = Collections.unmodifiableMap(fields);
        }
        String clause = common(in);
        String basis = common(in);
        String message = text(in);
        String messageEn = text(in);
        List<Related> related = null;
        int memberCount = varint(in) - 1;
        if (memberCount >= 0) {
            List<Related> members = new ArrayList<>(memberCount);
            for (int i = 0; i < memberCount; i++) {
                members.add(new Related(text(in), source(in)));
            }
            related = Collections.unmodifiableList(members);
        }
        Suppression suppression = in.readBoolean() ? new Suppression(common(in), text(in), common(in), common(in))
                : null;
        return new Finding(ruleId, severity, recordType, recordId, agency, source, fields, clause, basis, message,
                messageEn, related, suppression);
    }

    private void source(SourceRef source, DataOutput out) throws IOException {
        out.writeBoolean(source != null);
        if (source != null) {
            common(source.file(), out);
            common(source.sheet(), out);
            // a row is 1-based, but a sheet-level finding may say 0: shifted so that it stays positive
            varint(source.row() + 1, out);
        }
    }

    private SourceRef source(DataInput in) throws IOException {
        return in.readBoolean() ? new SourceRef(common(in), common(in), varint(in) - 1) : null;
    }

    /** A string that repeats across findings: its number in the table. */
    private void common(String s, DataOutput out) throws IOException {
        if (s == null) {
            varint(NULL, out);
            return;
        }
        int id = table.id(s);
        if (id < 0) {
            varint(INLINE, out);
            utf8(s, out);
        } else {
            varint(id + 2, out);
        }
    }

    private String common(DataInput in) throws IOException {
        int tag = varint(in);
        return switch (tag) {
            case NULL -> null;
            case INLINE -> utf8(in);
            default -> table.string(tag - 2);
        };
    }

    /** A string of this finding alone (a message, a value): in full, null as length 0. */
    private static void text(String s, DataOutput out) throws IOException {
        if (s == null) {
            varint(0, out);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length + 1, out);
        out.write(bytes);
    }

    private static String text(DataInput in) throws IOException {
        int length = varint(in) - 1;
        return length < 0 ? null : bytes(in, length);
    }

    private static void utf8(String s, DataOutput out) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length, out);
        out.write(bytes);
    }

    private static String utf8(DataInput in) throws IOException {
        return bytes(in, varint(in));
    }

    private static String bytes(DataInput in, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A non-negative int in 7-bit groups, low first: one byte for the small numbers that dominate. */
    private static void varint(int value, DataOutput out) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int varint(DataInput in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
