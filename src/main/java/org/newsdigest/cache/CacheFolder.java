package org.newsdigest.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.newsdigest.config.OutputSiblings;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.model.StoryPairs;
import org.newsdigest.threads.BuildThreads;

/**
 * The folder beside the output that holds what a build keeps for the next ({@code .output.cache} for
 * {@code output}). Each file starts with a format number and the stamp of what its content depends on, and carries
 * checksums of its bytes; a file that is missing, stale or unreadable reads as nothing, which costs a full build and
 * nothing else.
 *
 * <p>The parse cache is a base file and a delta file of the entries changed since, which a build appends to
 * instead of writing the whole cache again; once the delta has grown to a sixteenth of the base (or 256 KiB on a
 * small site), the next change writes a new base. Ignoring a delta is always safe: every entry is the parse of the bytes it names, so an older
 * entry only makes a changed file parse again.
 *
 * <p>The manifest is a base file and a delta file too ({@link ManifestDelta}): forgetting it before the output changes
 * appends a record that says so, and keeping the new one appends the files that changed, instead of removing and
 * writing again a file that names every file of the site. A delta that is broken reads as no manifest; one written for
 * another base (left by a build killed right after it wrote a new base) is ignored, the base being newer.
 */
public final class CacheFolder implements BuildCache {

    private static final int MAGIC = 0x4e44_4331; // "NDC1"
    /**
     * 5: content files named relative to the cache's folder; the manifest records each file's size and time. 6: an
     * article's slug comes from its file name or {@code slug:}, and it has aliases. 7: the code, parse and output
     * stamps are hashed with {@link org.newsdigest.hash.Hash64} (the pages' fingerprints are as they were in 6). 8: an
     * article is written as {@link ArticleCodec}'s field lists describe it, and an invalid file keeps only its identity;
     * their {@link ArticleCodec#LAYOUT} is part of the number, so a field added there needs no new number here. 9: the
     * manifest starts with the number of its base and has a delta file ({@link ManifestDelta}). 10: the parse cache's
     * base holds its bodies outside its sections ({@link BaseBodies}), and its section table gives each section's length.
     * 11: a result not shown carries its {@link FileOutcome#withheld} keys and the length of its article, which the base
     * is read without decoding; a result's kind says whether it is shown.
     *
     * <p>In a class of its own, made when a cache file is first read or written: working it out initialises
     * {@link ArticleCodec} (about 25 ms of its field lists' lambdas), which the build's main thread otherwise paid at
     * start-up, before the walk of the content folder, while the cache is read on the build's other threads.
     */
    private static final class Format {
        static final int NUMBER = 11 * 31 + ArticleCodec.LAYOUT;
    }
    private static final int HEADER_BYTES = 16;
    private static final String PARSED = "parsed-files.bin";
    private static final String DELTA = "parsed-files.delta";
    private static final String MANIFEST = "output-manifest.bin";
    private static final String MANIFEST_DELTA = "output-manifest.delta";
    private static final String STORY_PAIRS = "story-pairs.bin";
    /** A delta header: the file header and the number of the base it applies to. */
    private static final int DELTA_HEADER_BYTES = HEADER_BYTES + 8;

    /** A small site's delta may grow to this size before it is compacted, however small its base. */
    private static final long SMALLEST_DELTA_LIMIT = 256 * 1024;

    private final Path folder;
    private final CacheKeys keys;
    private final long smallestDeltaLimit;
    /** The manifest this folder last read or kept, and the sizes of its files then; what a delta is made against. */
    private Optional<StoredManifest> storedManifest = Optional.empty();
    /** The manifest being read ahead of the render ({@link #readManifestAhead}), until {@link #manifest} takes it. */
    private Optional<Future<Optional<StoredManifest>>> manifestAhead = Optional.empty();

    /**
     * @param deltaBytes the size of the delta file (0 when there is none), or -1 when one is there that does not apply
     *                   to the base, which a new record must not be appended to
     */
    private record StoredManifest(OutputManifest manifest, long stamp, long baseId, long baseBytes, long deltaBytes) {
        StoredManifest withDeltaBytes(long bytes) {
            return new StoredManifest(manifest, stamp, baseId, baseBytes, bytes);
        }
    }

    private CacheFolder(Path folder, long smallestDeltaLimit) {
        this.folder = folder;
        this.keys = new CacheKeys(folder.toAbsolutePath().getParent());
        this.smallestDeltaLimit = smallestDeltaLimit;
    }

    public static CacheFolder beside(Path output) {
        return beside(output, SMALLEST_DELTA_LIMIT);
    }

    /** For tests of compaction, which would otherwise need a large cache. */
    static CacheFolder beside(Path output, long smallestDeltaLimit) {
        return new CacheFolder(folderBeside(output), smallestDeltaLimit);
    }

    private static Path folderBeside(Path output) {
        return OutputSiblings.of(output).cache();
    }

    /**
     * Whether the cache beside {@code output} holds a manifest of a site published there, of this format or an
     * earlier one: proof that news-digest wrote the output folder, for sites built before the output carried a mark.
     */
    public static boolean holdsAManifestFor(Path output) {
        try (FileChannel channel = FileChannel.open(folderBeside(output).resolve(MANIFEST), StandardOpenOption.READ)) {
            ByteBuffer magic = ByteBuffer.allocate(4);
            while (magic.hasRemaining() && channel.read(magic) > 0) {
                // reads the first four bytes
            }
            return magic.flip().remaining() == 4 && magic.getInt() == MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ParsedFiles parsedFiles(long stamp, BuildThreads threads) {
        return parsedFilesSoon(stamp, threads).get();
    }

    @Override
    public Supplier<ParsedFiles> parsedFilesSoon(long stamp, BuildThreads threads) {
        Path base = folder.resolve(PARSED);
        BaseReading reading = BaseReading.start(() -> openBase(base, stamp), base, HEADER_BYTES, keys, threads);
        return () -> {
            // a truncated or garbled cache file is as good as none: the build does all the work itself
            Optional<BaseReading.Read> read = reading.await();
            if (read.isEmpty()) {
                return ParsedFiles.empty();
            }
            long deltaBytes = applyDelta(read.get().files(), stamp, read.get().baseId());
            return read.get().files().storedAs(new ParsedFiles.Stored(stamp, read.get().baseId(), read.get().baseBytes(),
                    deltaBytes));
        };
    }

    /**
     * The base, open, when it is there and written for {@code stamp}. It is left open for the bodies read back from
     * it when their pages are rendered ({@link BaseBodies}), and closed when nothing refers to it any more.
     */
    private static Optional<FileChannel> openBase(Path base, long stamp) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(base, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            Optional<ByteBuffer> header = header(channel);
            if (header.isPresent() && matches(header.get(), stamp)) {
                return Optional.of(channel);
            }
        } catch (IOException | RuntimeException unreadable) {
            BaseReading.closeQuietly(channel);
            throw unreadable;
        }
        BaseReading.closeQuietly(channel);
        return Optional.empty();
    }

    /** A cache file's header (magic, format, stamp), ready to read; empty when the file is shorter than one. */
    private static Optional<ByteBuffer> header(FileChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
            // reads the header
        }
        return header.flip().remaining() == HEADER_BYTES ? Optional.of(header) : Optional.empty();
    }

    /** The size of the delta applied (0 when there is none), or -1 when one is there but cannot be used. */
    private long applyDelta(ParsedFiles files, long stamp, long baseId) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(DELTA));
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            return -1;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (bytes.length < DELTA_HEADER_BYTES || !matches(buffer, stamp) || buffer.getLong() != baseId) {
                return -1;
            }
            CacheCodec.applyDeltaRecords(new CacheInput(buffer), keys, files);
        } catch (IOException | RuntimeException broken) {
            // the records before the broken one still hold: each is a file's entry as it was at some build
            return -1;
        }
        return bytes.length;
    }

    private static boolean matches(ByteBuffer header, long stamp) {
        return header.getInt() == MAGIC && header.getInt() == Format.NUMBER && header.getLong() == stamp;
    }

    @Override
    public void keepParsedFiles(ParsedFiles files, ParsedFiles previous, long stamp) {
        Optional<ParsedFiles.Stored> stored = previous.stored();
        if (stored.isPresent() && stored.get().stamp() == stamp && stored.get().deltaBytes() >= 0
                && appendChanges(files, previous, stored.get())) {
            return;
        }
        long baseId = ThreadLocalRandom.current().nextLong();
        save(PARSED, stamp, out -> CacheCodec.writeParsedFiles(files, baseId, keys, out), false);
        try {
            // the old delta names the old base, so it would be ignored; removing it saves reading it
            Files.deleteIfExists(folder.resolve(DELTA));
        } catch (IOException e) {
            throw EnvironmentFailure.io("remove", folder.resolve(DELTA), e);
        }
    }

    /**
     * Appends what changed since {@code previous} to the delta file, when the files on disk are still the ones
     * {@code previous} was read from and the delta stays small; false when the whole cache must be written instead.
     */
    private boolean appendChanges(ParsedFiles files, ParsedFiles previous, ParsedFiles.Stored stored) {
        Path base = folder.resolve(PARSED);
        Path delta = folder.resolve(DELTA);
        List<byte[]> records = new ArrayList<>();
        long bytes = 0;
        int changes = 0;
        // an entry carried over is the very object read; anything else was parsed or stamped anew
        Collection<Path> maybeChanged = files.putFiles().isPresent() ? files.putFiles().get() : files.entries().keySet();
        int newFiles = 0;
        for (Path file : maybeChanged) {
            ParsedFiles.Entry entry = files.entries().get(file);
            ParsedFiles.Entry before = previous.entries().get(file);
            newFiles += before == null ? 1 : 0;
            if (before != entry) {
                records.add(CacheCodec.deltaRecord(file, entry, keys));
                bytes += records.get(records.size() - 1).length;
                changes++;
            }
        }
        // every file of the last build is still here when as many of this build's files were in the last one
        boolean someRemoved = files.putFiles().isEmpty() || files.size() - newFiles != previous.size();
        for (Path file : someRemoved ? previous.entries().keySet() : List.<Path>of()) {
            if (!files.entries().containsKey(file)) {
                records.add(CacheCodec.deltaRecord(file, null, keys));
                bytes += records.get(records.size() - 1).length;
                changes++;
            }
        }
        long deltaSize = stored.deltaBytes() == 0 ? DELTA_HEADER_BYTES : stored.deltaBytes();
        // many changes, removed files above all, would leave the base mostly stale
        if (deltaSize + bytes > Math.max(smallestDeltaLimit, stored.baseBytes() / 16) || changes > Math.max(64, previous.size() / 8)) {
            return false;
        }
        try {
            if (!Files.isRegularFile(base) || Files.size(base) != stored.baseBytes()
                    || (stored.deltaBytes() == 0 ? Files.exists(delta) : Files.size(delta) != stored.deltaBytes())) {
                return false;
            }
            try (FileChannel out = FileChannel.open(delta, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer all = ByteBuffer.allocate((int) (bytes + (stored.deltaBytes() == 0 ? DELTA_HEADER_BYTES : 0)));
                if (stored.deltaBytes() == 0) {
                    all.putInt(MAGIC).putInt(Format.NUMBER).putLong(stored.stamp()).putLong(stored.baseId());
                }
                records.forEach(all::put);
                all.flip();
                while (all.hasRemaining()) {
                    out.write(all);
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts reading the manifest on {@code threads}, under the stamp its file carries, while the build loads its
     * templates and content: the build's stamp is known only once the templates are, and at 50,000 articles the
     * manifest took a quarter of a second of the render with the other core idle. {@link #manifest} takes what it read
     * when the stamps agree, and reads the files again otherwise (then to find, as before, that they do not apply).
     */
    @Override
    public void readManifestAhead(BuildThreads threads) {
        manifestAhead = Optional.of(threads.start(this::readAsStamped));
    }

    private Optional<StoredManifest> readAsStamped() {
        try (FileChannel channel = FileChannel.open(folder.resolve(MANIFEST), StandardOpenOption.READ)) {
            return header(channel).flatMap(header -> read(header.getLong(HEADER_BYTES - 8)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<OutputManifest> manifest(long stamp) {
        Optional<StoredManifest> readAhead = manifestAhead.flatMap(CacheFolder::awaitQuietly);
        manifestAhead = Optional.empty();
        storedManifest = readAhead.isPresent() && readAhead.get().stamp() == stamp ? readAhead : read(stamp);
        return storedManifest.map(StoredManifest::manifest);
    }

    /** What a read ahead found; empty when it failed or was interrupted, for the manifest to be read again. */
    private static Optional<StoredManifest> awaitQuietly(Future<Optional<StoredManifest>> reading) {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The manifest kept under {@code stamp}, with the sizes of its files: its base, and its delta applied. */
    private Optional<StoredManifest> read(long stamp) {
        ManifestDelta.Reading reading = new ManifestDelta.Reading();
        long[] baseId = new long[1];
        Optional<Long> baseBytes = load(MANIFEST, stamp, in -> {
            baseId[0] = in.readLong();
            CacheCodec.readManifest(in, reading);
            // the base's size: all it read, and the checksum after
            return (long) in.position() + 4;
        });
        if (baseBytes.isEmpty()) {
            return Optional.empty();
        }
        long deltaBytes;
        try {
            deltaBytes = applyManifestDelta(reading, stamp, baseId[0]);
        } catch (IOException | RuntimeException broken) {
            // the output may have changed after the last record that could be read
            return Optional.empty();
        }
        long applied = deltaBytes;
        return reading.manifest().map(m -> new StoredManifest(m, stamp, baseId[0], baseBytes.get(), applied));
    }

    /** The size of the delta applied (0 when there is none), or -1 when the one there belongs to another base. */
    private long applyManifestDelta(ManifestDelta.Reading reading, long stamp, long baseId) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(MANIFEST_DELTA));
        } catch (NoSuchFileException e) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < DELTA_HEADER_BYTES || !matches(buffer, stamp) || buffer.getLong() != baseId) {
            return -1;
        }
        ManifestDelta.apply(buffer, reading);
        return bytes.length;
    }

    @Override
    public void keepManifest(OutputManifest manifest, long stamp) {
        keepManifest(manifest, stamp, previous -> changes(previous, manifest));
    }

    /**
     * Makes the delta's record against the manifest read on {@code threads} at once, while the caller publishes: at
     * 50,000 articles comparing the two manifests took a tenth of a second after the publish, on one core.
     */
    @Override
    public Runnable keepManifestSoon(OutputManifest manifest, long stamp, BuildThreads threads) {
        Optional<OutputManifest> against = storedManifest.filter(s -> s.stamp() == stamp).map(StoredManifest::manifest);
        if (against.isEmpty()) {
            return () -> keepManifest(manifest, stamp);
        }
        Future<Optional<byte[]>> record = threads.start(() -> changes(against.get(), manifest));
        return () -> keepManifest(manifest, stamp,
                previous -> previous == against.get() ? BuildThreads.outcome(record) : changes(previous, manifest));
    }

    private static Optional<byte[]> changes(OutputManifest previous, OutputManifest next) {
        return ManifestDelta.changes(previous, next, Math.max(64, previous.fingerprints().size() / 8));
    }

    /** @param recordAgainst the delta's record that turns the manifest on record into {@code manifest} */
    private void keepManifest(OutputManifest manifest, long stamp, Function<OutputManifest, Optional<byte[]>> recordAgainst) {
        Optional<StoredManifest> stored = storedManifest.filter(s -> s.stamp() == stamp && s.deltaBytes() >= 0);
        storedManifest = Optional.empty();
        if (stored.isPresent()) {
            Optional<byte[]> record = recordAgainst.apply(stored.get().manifest());
            long limit = Math.max(smallestDeltaLimit, stored.get().baseBytes() / 8);
            if (record.isPresent() && deltaSize(stored.get()) + record.get().length <= limit) {
                long bytes = appendToManifestDelta(stored.get(), record.get());
                if (bytes >= 0) {
                    storedManifest = Optional.of(new StoredManifest(manifest, stamp, stored.get().baseId(),
                            stored.get().baseBytes(), bytes));
                    return;
                }
            }
        }
        long baseId = ThreadLocalRandom.current().nextLong();
        save(MANIFEST, stamp, out -> {
            out.writeLong(baseId);
            CacheCodec.writeManifest(manifest, out);
        }, true);
        try {
            // it names the old base, so it would be ignored; removing it saves reading it
            Files.deleteIfExists(folder.resolve(MANIFEST_DELTA));
            storedManifest = Optional.of(new StoredManifest(manifest, stamp, baseId, Files.size(folder.resolve(MANIFEST)), 0));
        } catch (IOException e) {
            throw EnvironmentFailure.io("remove", folder.resolve(MANIFEST_DELTA), e);
        }
    }

    private static long deltaSize(StoredManifest stored) {
        return stored.deltaBytes() == 0 ? DELTA_HEADER_BYTES : stored.deltaBytes();
    }

    /**
     * A build killed while publishing so leaves no manifest that describes files no longer there, and the next
     * build is a full one. A manifest this folder read is forgotten by a record appended to its delta; any other, by
     * removing its files.
     */
    @Override
    public void forgetManifest() {
        Optional<StoredManifest> stored = storedManifest;
        storedManifest = Optional.empty();
        if (stored.isPresent() && stored.get().deltaBytes() >= 0) {
            long bytes = appendToManifestDelta(stored.get(), ManifestDelta.forgotten());
            if (bytes >= 0) {
                storedManifest = Optional.of(stored.get().withDeltaBytes(bytes));
                return;
            }
        }
        try {
            Files.deleteIfExists(folder.resolve(MANIFEST));
            Files.deleteIfExists(folder.resolve(MANIFEST_DELTA));
        } catch (IOException e) {
            throw EnvironmentFailure.io("remove", folder.resolve(MANIFEST), e);
        }
    }

    /**
     * Appends {@code record} to the manifest's delta, when the files are still the ones {@code stored} describes.
     *
     * @return the delta's new size, or -1 when nothing was appended, or not all of it (a record cut short reads as a
     *         broken delta, which is no manifest)
     */
    private long appendToManifestDelta(StoredManifest stored, byte[] record) {
        Path base = folder.resolve(MANIFEST);
        Path delta = folder.resolve(MANIFEST_DELTA);
        try {
            if (!Files.isRegularFile(base) || Files.size(base) != stored.baseBytes()
                    || (stored.deltaBytes() == 0 ? Files.exists(delta) : Files.size(delta) != stored.deltaBytes())) {
                return -1;
            }
            try (FileChannel out = FileChannel.open(delta, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer all = ByteBuffer.allocate(record.length + (stored.deltaBytes() == 0 ? DELTA_HEADER_BYTES : 0));
                if (stored.deltaBytes() == 0) {
                    all.putInt(MAGIC).putInt(Format.NUMBER).putLong(stored.stamp()).putLong(stored.baseId());
                }
                all.put(record).flip();
                while (all.hasRemaining()) {
                    out.write(all);
                }
            }
            return deltaSize(stored) + record.length;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Optional<StoryPairs> storyPairs(long stamp) {
        return load(STORY_PAIRS, stamp, new StoryPairsCodec(keys.base())::read);
    }

    @Override
    public void keepStoryPairs(StoryPairs pairs, long stamp) {
        save(STORY_PAIRS, stamp, out -> new StoryPairsCodec(keys.base()).write(pairs, out), true);
    }

    private interface Decoder<T> {
        T read(CacheInput in) throws IOException;
    }

    private interface Encoder {
        void write(DataOutputStream out) throws IOException;
    }

    /** A file written with a checksum of all its bytes at the end. */
    private <T> Optional<T> load(String name, long stamp, Decoder<T> decoder) {
        try {
            byte[] bytes = Files.readAllBytes(folder.resolve(name));
            if (bytes.length < HEADER_BYTES + 4) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            if ((int) crc.getValue() != ByteBuffer.wrap(bytes).getInt(bytes.length - 4) || !matches(buffer, stamp)) {
                return Optional.empty();
            }
            CacheInput in = new CacheInput(buffer);
            T value = decoder.read(in);
            return in.remaining() == 0 ? Optional.of(value) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            // a truncated or garbled cache file is as good as none: the build does all the work itself
            return Optional.empty();
        }
    }

    /**
     * Writes the file whole under a temporary name, then renames it over the old one; a failure removes the
     * temporary file, so a full disk is not left fuller.
     *
     * @param trailer end the file with a checksum of all its bytes (the parse cache has one per section instead)
     */
    private void save(String name, long stamp, Encoder encoder, boolean trailer) {
        Path target = folder.resolve(name);
        Path temporary = folder.resolve(name + ".new");
        try {
            Files.createDirectories(folder);
            CRC32C crc = new CRC32C();
            OutputStream file = Files.newOutputStream(temporary);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    trailer ? new CheckedOutputStream(file, crc) : file, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(Format.NUMBER);
                out.writeLong(stamp);
                encoder.write(out);
                if (trailer) {
                    out.flush();
                    out.writeInt((int) crc.getValue());
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the failure below names the folder; the next save overwrites the file anyway
            }
            throw EnvironmentFailure.io("write the build cache", target, e);
        }
    }
}
