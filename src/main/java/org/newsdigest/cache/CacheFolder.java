package org.newsdigest.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The folder beside the output that holds what a build keeps for the next ({@code .output.cache} for
 * {@code output}). Each file starts with a format number and the stamp of what its content depends on; a file
 * that is missing, stale or unreadable reads as nothing, which costs a full build and nothing else.
 */
public final class CacheFolder implements BuildCache {

    private static final int MAGIC = 0x4e44_4331; // "NDC1"
    private static final int FORMAT = 3;
    private static final String PARSED = "parsed-files.bin";
    private static final String MANIFEST = "output-manifest.bin";

    private final Path folder;

    private CacheFolder(Path folder) {
        this.folder = folder;
    }

    public static CacheFolder beside(Path output) {
        return new CacheFolder(output.resolveSibling("." + output.getFileName() + ".cache"));
    }

    @Override
    public ParsedFiles parsedFiles(long stamp) {
        return this.<ParsedFiles>load(PARSED, stamp, CacheCodec::readParsedFiles).orElseGet(ParsedFiles::empty);
    }

    @Override
    public void keepParsedFiles(ParsedFiles files, long stamp) {
        save(PARSED, stamp, out -> CacheCodec.writeParsedFiles(files, out));
    }

    @Override
    public Optional<OutputManifest> manifest(long stamp) {
        return load(MANIFEST, stamp, CacheCodec::readManifest);
    }

    @Override
    public void keepManifest(OutputManifest manifest, long stamp) {
        save(MANIFEST, stamp, out -> CacheCodec.writeManifest(manifest, out));
    }

    /**
     * A build killed while publishing so leaves no manifest that describes files no longer there, and the next
     * build is a full one.
     */
    @Override
    public void forgetManifest() {
        try {
            Files.deleteIfExists(folder.resolve(MANIFEST));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder.resolve(MANIFEST), e);
        }
    }

    private interface Decoder<T> {
        T read(DataInputStream in) throws IOException;
    }

    private interface Encoder {
        void write(DataOutputStream out) throws IOException;
    }

    private <T> Optional<T> load(String name, long stamp, Decoder<T> decoder) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(folder.resolve(name)), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != stamp) {
                return Optional.empty();
            }
            return Optional.of(decoder.read(in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            // a truncated or garbled cache file is as good as none: the build does all the work itself
            return Optional.empty();
        }
    }

    private void save(String name, long stamp, Encoder encoder) {
        Path target = folder.resolve(name);
        Path temporary = folder.resolve(name + ".new");
        try {
            Files.createDirectories(folder);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeLong(stamp);
                encoder.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache " + target, e);
        }
    }
}
