package org.fazhi.read;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared-strings table: cells of type "s" refer to it by index. A workbook saved by
 * Excel keeps nearly every text of every row here, millions of strings for a province's export,
 * and the whole table must be at hand while the sheets stream. So the strings are kept as UTF-8
 * in large blocks — each as its length and bytes, found by one int — not as a {@code String}
 * each: about 35 bytes a string instead of 75, for short Chinese texts. A cell's text is decoded
 * again when it is read.
 */
final class SharedStrings {
    /** Block size; a string longer than a block gets a block of its own. */
    private static final int BLOCK_BITS = 20;
    private static final int BLOCK = 1 << BLOCK_BITS;
    /** At most 4,096 blocks: a table of 4 GiB, beyond any workbook a spreadsheet program writes. */
    private static final int MAX_BLOCKS = 1 << (32 - BLOCK_BITS);

    private final List<byte[]> blocks = new ArrayList<>();
    /** Per string: block number (high bits) and offset in it (low bits), as an unsigned int. */
    private int[] positions = new int[1024];
    private int size;
    private byte[] block;
    private int used;

    private SharedStrings() {
    }

    static SharedStrings none() {
        return new SharedStrings();
    }

    static SharedStrings parse(InputStream in) throws XMLStreamException {
        SharedStrings table = new SharedStrings();
        XMLStreamReader xml = XmlParts.open(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                    table.add(XmlParts.stringItem(xml));
                }
            }
        } finally {
            xml.close();
        }
        return table;
    }

    private void add(String text) throws XMLStreamException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int needed = varintSize(bytes.length) + bytes.length;
        if (block == null || used + needed > block.length) {
            if (blocks.size() == MAX_BLOCKS) {
                throw new XMLStreamException("the shared-strings table is larger than 4 GiB");
            }
            block = new byte[Math.max(BLOCK, needed)];
            blocks.add(block);
            used = 0;
        }
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
        }
        // a block larger than BLOCK holds one string, at offset 0, so the offset always fits
        positions[size++] = (blocks.size() - 1) << BLOCK_BITS | used;
        used = writeVarint(block, used, bytes.length);
        System.arraycopy(bytes, 0, block, used, bytes.length);
        used += bytes.length;
    }

    /** The string at a cell's index (its value text), or null when there is no such string. */
    String get(String index) {
        int i;
        try {
            i = Integer.parseInt(index.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (i < 0 || i >= size) {
            return null;
        }
        int position = positions[i];
        byte[] in = blocks.get(position >>> BLOCK_BITS);
        int at = position & (BLOCK - 1);
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in[at++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        return new String(in, at, length, StandardCharsets.UTF_8);
    }

    private static int varintSize(int value) {
        int n = 1;
        for (int v = value >>> 7; v != 0; v >>>= 7) {
            n++;
        }
        return n;
    }

    private static int writeVarint(byte[] out, int at, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out[at++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        out[at++] = (byte) v;
        return at;
    }
}
