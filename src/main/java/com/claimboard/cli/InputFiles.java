package com.claimboard.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads an input file (a {@code .gz} file decompressed on the way) and stops at a limit, so that a small file
 * that unpacks to gigabytes fails with a message instead of filling the memory.
 */
final class InputFiles {

    private InputFiles() {}

    static byte[] read(Path path, int limit) throws IOException {
        try (InputStream raw = Files.newInputStream(path);
                InputStream in = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return readAtMost(in, limit, path.toString());
        }
    }

    /** Every byte of {@code in}, or an {@link InputTooLarge} as soon as more than {@code limit} have come. */
    static byte[] readAtMost(InputStream in, int limit, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 1 << 16));
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new InputTooLarge(name, limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** A file larger than the engines take; the message names the limit. */
    static final class InputTooLarge extends IOException {
        InputTooLarge(String name, int limit) {
            super(name + " is larger than " + limit / (1024 * 1024) + " MB (after decompression); nothing was read"
                    + " past that limit");
        }
    }
}
