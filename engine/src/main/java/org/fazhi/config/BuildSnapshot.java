package org.fazhi.config;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The head of a compact form the build makes of built-in YAML resources (the rule catalogue, the
 * official calendar), so that a run does not parse them: the form's name and the checksum and
 * names of the YAML files it was made from. The YAML stays the one source: a snapshot whose
 * files have changed since it was made (a build that did not make it again) is not used.
 */
public final class BuildSnapshot {
    private BuildSnapshot() {
    }

    /** Where the build puts the snapshot {@code resource} below its classes directory {@code args[0]}. */
    public static Path file(String[] args, String resource) throws IOException {
        Path file = Path.of(args[0]).resolve(resource);
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Writes the head; the YAML files must all be on the class path. */
    public static void writeHead(DataOutputStream data, String format, List<String> sources) throws IOException {
        long checksum = checksum(sources);
        if (checksum < 0) {
            throw new IllegalStateException("the YAML files are not all on the class path: " + sources);
        }
        data.writeUTF(format);
        data.writeLong(checksum);
        data.writeInt(sources.size());
        for (String source : sources) {
            data.writeUTF(source);
        }
    }

    /** Reads the head: true when the snapshot is of this format and of the YAML files on the class path now. */
    public static boolean readHead(DataInputStream data, String format) throws IOException {
        if (!format.equals(data.readUTF())) {
            return false;
        }
        long checksum = data.readLong();
        List<String> sources = new ArrayList<>();
        for (int i = data.readInt(); i > 0; i--) {
            sources.add(data.readUTF());
        }
        return checksum == checksum(sources);
    }

    /** The snapshot {@code resource} on the class path, or null. */
    public static InputStream resource(String resource) {
        return BuildSnapshot.class.getClassLoader().getResourceAsStream(resource);
    }

    /** CRC-32 of the files' bytes, in order (enough to tell a snapshot of other files); -1 when one is missing. */
    private static long checksum(List<String> sources) throws IOException {
        CRC32 crc = new CRC32();
        for (String source : sources) {
            try (InputStream in = resource(source)) {
                if (in == null) {
                    return -1;
                }
                crc.update(in.readAllBytes());
            }
            crc.update(0);
        }
        return crc.getValue();
    }
}
