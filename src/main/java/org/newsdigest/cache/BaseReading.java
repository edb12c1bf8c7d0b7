package org.newsdigest.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.CRC32C;
import org.newsdigest.threads.BuildThreads;

/**
 * The parse cache's base file ({@link CacheCodec#writeParsedFiles}) read on the build's threads while the caller does
 * something else: one task reads the section table and the first section (the base's number, the web addresses as
 * written, the entry count), then a few others decode the shards of entries, each checked against its checksum. A
 * section is read with positional reads, so a large cache is never in memory as bytes all at once. The bodies are
 * not read: they are read back from the file when asked for ({@link BaseBodies}), so it stays open.
 *
 * <p>A web address is parsed ({@link URI#create}) the first time an entry names it, by whichever task meets it
 * first: parsing them all before any entry was decoded kept the other tasks waiting.
 */
final class BaseReading {

    /** Opens the base and checks its header: empty when there is none, or it was written for another stamp. */
    interface Opening {
        Optional<FileChannel> open() throws IOException;
    }

    /** The entries of a base, its number and its size. */
    record Read(ParsedFiles files, long baseId, long baseBytes) {
    }

    /** What the first task reads, which the others decode the shards with. */
    private record Index(FileChannel file, SectionTable sections, long baseId, int count, ParsedFiles files,
            ArticleCodec.Uris uris, ArticleCodec.Bodies bodies) {
    }

    private final Future<Optional<Index>> index;
    private final List<Future<Integer>> runs;

    private BaseReading(Future<Optional<Index>> index, List<Future<Integer>> runs) {
        this.index = index;
        this.runs = runs;
    }

    /**
     * Starts reading the base {@code open} opens, at {@code path}, its header {@code headerBytes} long. Its tasks go
     * to {@code threads} before any later task, so a shard's task, which waits for the first one, never waits for a
     * task that has not started.
     */
    static BaseReading start(Opening open, Path path, long headerBytes, CacheKeys keys, BuildThreads threads) {
        Future<Optional<Index>> index = threads.start(() -> index(open, path, headerBytes));
        // a few runs of shards, each reading into one buffer of its own: a buffer per section was garbage enough to
        // cost the build a collection
        int runCount = 4 * threads.count();
        List<Callable<Integer>> runs = new ArrayList<>(runCount);
        for (int run = 0; run < runCount; run++) {
            int first = run + 1;
            runs.add(() -> decodeShards(index.get(), first, runCount, keys));
        }
        return new BaseReading(index, threads.startAll(runs));
    }

    /**
     * Waits for the tasks. Empty when the base is not there, is another build's, or is broken anywhere (a checksum
     * that fails, a length past the end, a web address that does not parse): the build then parses every file.
     *
     * @throws CancellationException when the calling thread is interrupted while it waits
     */
    Optional<Read> await() {
        // a broken first section is as good as no base: its task closed the file
        Optional<Index> read = outcome(index, Optional.empty());
        boolean broken = false;
        for (Future<Integer> run : runs) {
            // every run is waited for, so that none still reads the file once it is closed
            broken |= outcome(run, -1) < 0;
        }
        if (broken || read.isEmpty() || read.get().files().size() != read.get().count()) {
            read.ifPresent(index -> closeQuietly(index.file()));
            return Optional.empty();
        }
        Index whole = read.get();
        try {
            return Optional.of(new Read(whole.files(), whole.baseId(), whole.file().size()));
        } catch (IOException e) {
            closeQuietly(whole.file());
            return Optional.empty();
        }
    }

    /** What the task gave, or {@code ifBroken} when it threw anything but an {@link Error}. */
    private <T> T outcome(Future<T> task, T ifBroken) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            index.cancel(true);
            runs.forEach(run -> run.cancel(true));
            Thread.currentThread().interrupt();
            throw (CancellationException) new CancellationException("interrupted while the parse cache was read").initCause(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return ifBroken;
        }
    }

    private static Optional<Index> index(Opening open, Path path, long headerBytes) throws IOException {
        Optional<FileChannel> opened = open.open();
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        FileChannel file = opened.get();
        try {
            return Optional.of(index(file, path, headerBytes));
        } catch (IOException | RuntimeException broken) {
            closeQuietly(file);
            throw broken;
        }
    }

    private static Index index(FileChannel file, Path path, long headerBytes) throws IOException {
        long size = file.size();
        if (size > Integer.MAX_VALUE || size < headerBytes + 8) {
            throw new IOException("a parse cache of " + size + " bytes");
        }
        ByteBuffer tail = read(file, size - 8, 8);
        int tableStart = tail.getInt();
        int tableSum = tail.getInt();
        if (tableStart < headerBytes || tableStart > size - 12) {
            throw new IOException("section table at " + tableStart + " is outside the file");
        }
        // the table's checksum covers its own start, the last number before the checksum
        ByteBuffer table = read(file, tableStart, (int) (size - 4 - tableStart));
        if (checksum(table) != tableSum) {
            throw new IOException("the section table fails its checksum");
        }
        int sectionCount = table.getInt();
        if (sectionCount < 1 || sectionCount * 12L + 4 != table.remaining()) {
            throw new IOException(sectionCount + " sections in a table of " + table.remaining() + " bytes");
        }
        int[] starts = new int[sectionCount];
        int[] lengths = new int[sectionCount];
        int[] sums = new int[sectionCount];
        for (int i = 0; i < sectionCount; i++) {
            starts[i] = table.getInt();
            lengths[i] = table.getInt();
            sums[i] = table.getInt();
            if (starts[i] < headerBytes || lengths[i] < 0 || (long) starts[i] + lengths[i] > tableStart) {
                throw new IOException("section " + i + " is outside the file");
            }
        }
        SectionTable sections = new SectionTable(starts, lengths, sums);
        CacheInput first = new CacheInput(sections.read(file, 0, ByteBuffer.allocate(0)));
        long baseId = first.readLong();
        int uriCount = first.readLength(); // each address takes at least one byte, so a count is a length too
        int[] uriStarts = new int[uriCount];
        int[] uriLengths = new int[uriCount];
        for (int i = 0; i < uriCount; i++) {
            uriLengths[i] = first.readLength();
            uriStarts[i] = first.position();
            first.position(uriStarts[i] + uriLengths[i]);
        }
        int count = first.readInt();
        if (count < 0 || sectionCount - 1 != (count + CacheCodec.SHARD - 1) / CacheCodec.SHARD || first.remaining() != 0) {
            throw new IOException(sectionCount + " sections for " + count + " entries");
        }
        return new Index(file, sections, baseId, count, ParsedFiles.sized(count), new ParsedOnFirstUse(first, uriStarts, uriLengths),
                BaseBodies.readingFrom(file, path, headerBytes, tableStart));
    }

    /** Decodes shards {@code first}, {@code first + step}, ... of the base {@code index} describes, if it is there. */
    private static int decodeShards(Optional<Index> index, int first, int step, CacheKeys keys) throws IOException {
        if (index.isEmpty()) {
            return 0;
        }
        Index base = index.get();
        ArticleCodec codec = new ArticleCodec(base.uris(), base.bodies());
        ByteBuffer buffer = ByteBuffer.allocate(0);
        int decoded = 0;
        for (int shard = first; shard < base.sections().count(); shard += step) {
            buffer = base.sections().read(base.file(), shard, buffer);
            CacheInput part = new CacheInput(buffer);
            int from = (shard - 1) * CacheCodec.SHARD;
            for (int i = from; i < Math.min(base.count(), from + CacheCodec.SHARD); i++) {
                CacheCodec.readEntry(part, codec, keys, base.files(), true);
                decoded++;
            }
            if (part.remaining() != 0) {
                throw new IOException("section " + shard + " has " + part.remaining() + " bytes left over");
            }
        }
        return decoded;
    }

    /**
     * The base's web addresses by number, each decoded and parsed when an entry first names it: an address that only
     * unpublished articles name is never decoded.
     */
    private static final class ParsedOnFirstUse implements ArticleCodec.Uris {
        private final CacheInput spelt;
        private final int[] starts;
        private final int[] lengths;
        private final AtomicReferenceArray<URI> parsed;

        /** @param spelt the first section, which spells address {@code i} in UTF-8 at {@code starts[i]} */
        ParsedOnFirstUse(CacheInput spelt, int[] starts, int[] lengths) {
            this.spelt = spelt;
            this.starts = starts;
            this.lengths = lengths;
            this.parsed = new AtomicReferenceArray<>(starts.length);
        }

        @Override
        public void write(DataOutputStream out, URI uri) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public URI read(CacheInput from) throws IOException {
            int number = from.readInt();
            if (number < 0 || number >= starts.length) {
                throw new IOException("no web address number " + number);
            }
            URI uri = parsed.get(number);
            if (uri == null) {
                // two tasks may parse one address at once; both then use the first one kept
                parsed.compareAndSet(number, null, URI.create(spelt.stringAt(starts[number], lengths[number])));
                uri = parsed.get(number);
            }
            return uri;
        }
    }

    /** Where each section of a base file is, and its checksum. */
    private record SectionTable(int[] starts, int[] lengths, int[] sums) {

        int count() {
            return starts.length;
        }

        /** Section {@code index}, read into {@code room} when it is large enough. */
        ByteBuffer read(FileChannel file, int index, ByteBuffer room) throws IOException {
            int length = lengths[index];
            ByteBuffer bytes = room.capacity() >= length ? room.clear().limit(length) : ByteBuffer.allocate(length);
            readFully(file, starts[index], bytes);
            if (checksum(bytes) != sums[index]) {
                throw new IOException("section " + index + " fails its checksum");
            }
            return bytes;
        }
    }

    private static int checksum(ByteBuffer bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes.duplicate());
        return (int) crc.getValue();
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        readFully(file, position, bytes);
        return bytes;
    }

    /** Fills {@code bytes} from {@code position} on, and flips it for reading. */
    private static void readFully(FileChannel file, long position, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            if (file.read(bytes, position + bytes.position()) < 0) {
                throw new IOException("the file ends before " + (position + bytes.limit()));
            }
        }
        bytes.flip();
    }

    static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // read only: nothing is lost
        }
    }
}
