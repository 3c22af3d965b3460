package org.fazhi.pack;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled packs kept between runs, by the hash of their files: {@code $XDG_CACHE_HOME/fazhi/packs},
 * else {@code ~/.cache/fazhi/packs}, else a directory under the system's temporary directory
 * named after the user. A cache that cannot be read or written only costs a compilation: the
 * run never fails because of it.
 */
final class PackCache {
    private final Path dir;

    PackCache(Path dir) {
        this.dir = dir;
    }

    static PackCache standard(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path base;
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else if (home != null && !home.isBlank() && Files.isWritable(Path.of(home))) {
            base = Path.of(home, ".cache");
        } else {
            base = Path.of(System.getProperty("java.io.tmpdir"), "fazhi-" + System.getProperty("user.name", "user"));
        }
        return new PackCache(base.resolve("fazhi").resolve("packs"));
    }

    Optional<byte[]> get(String hash, String part) {
        try {
            Path file = dir.resolve(hash).resolve(part);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes one part of an entry whole or not at all, so that a run cut short leaves no half entry. */
    void put(String hash, String part, byte[] bytes) {
        try {
            Path entry = Files.createDirectories(dir.resolve(hash));
            Path tmp = Files.createTempFile(entry, part, ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, entry.resolve(part), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry.resolve(part), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            // an unwritable cache: the next run compiles again
        }
    }
}
