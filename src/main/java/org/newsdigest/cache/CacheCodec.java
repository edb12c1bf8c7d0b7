package org.newsdigest.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;
import org.newsdigest.check.PageLinks;
import org.newsdigest.parse.ParsedFile;

/**
 * The binary form of the cache files. Written and read field by field rather than by Java serialization: it is
 * several times faster on 50,000 articles, and a changed record fails loudly here instead of silently in a stream.
 *
 * <p>The parse cache is a table of the distinct web addresses, then the entries in shards of {@link #SHARD}, each
 * shard's article bodies before it ({@link BaseBodies}), then where each of these sections starts, its length and its
 * checksum: the sections are read and decoded on the build's threads ({@link BaseReading}), the bodies only when a
 * page needs one.
 * Entries changed since are records of a delta file ({@link #writeDeltaRecord}), each with its own checksum, so that a build that parsed one
 * file appends that file's entry instead of writing the whole cache again.
 */
final class CacheCodec {

    static final int SHARD = 1024;
    private static final byte PUT = 1;
    private static final byte REMOVE = 2;

    private CacheCodec() {
    }

    /**
     * Writes the base file after its header: the first section (base number, web addresses, entry count), then one
     * section per shard of entries, each after its entries' bodies, then where each section starts, its length and
     * its checksum.
     */
    static void writeParsedFiles(ParsedFiles files, long baseId, CacheKeys keys, DataOutputStream out) throws IOException {
        List<Map.Entry<Path, ParsedFiles.Entry>> entries = new ArrayList<>(files.entries().entrySet());
        Map<String, Integer> uriNumbers = new LinkedHashMap<>();
        List<URI> uris = new ArrayList<>();
        for (Map.Entry<Path, ParsedFiles.Entry> entry : entries) {
            uris.clear();
            ArticleCodec.collectUris(entry.getValue().parsed(), uris);
            uris.forEach(uri -> uriNumbers.putIfAbsent(uri.toString(), uriNumbers.size()));
        }
        ArticleCodec codec = new ArticleCodec(new ArticleCodec.Uris() {
            @Override
            public void write(DataOutputStream to, URI uri) throws IOException {
                to.writeInt(uriNumbers.get(uri.toString()));
            }

            @Override
            public URI read(CacheInput in) {
                throw new UnsupportedOperationException("write only");
            }
        }, BaseBodies.writingTo(out));
        List<int[]> sections = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream section = new DataOutputStream(bytes);
        section.writeLong(baseId);
        section.writeInt(uriNumbers.size());
        for (String uri : uriNumbers.keySet()) {
            ArticleCodec.writeString(section, uri);
        }
        section.writeInt(entries.size());
        sections.add(flushSection(bytes, out));
        for (int i = 0; i < entries.size(); i++) {
            writeEntry(section, entries.get(i).getKey(), entries.get(i).getValue(), codec, keys);
            if (i % SHARD == SHARD - 1 || i == entries.size() - 1) {
                sections.add(flushSection(bytes, out));
            }
        }
        ByteArrayOutputStream tableBytes = new ByteArrayOutputStream();
        DataOutputStream table = new DataOutputStream(tableBytes);
        table.writeInt(sections.size());
        for (int[] startLengthAndSum : sections) {
            for (int number : startLengthAndSum) {
                table.writeInt(number);
            }
        }
        table.writeInt(out.size());
        table.flush();
        out.write(tableBytes.toByteArray());
        out.writeInt(checksum(tableBytes.toByteArray()));
    }

    private static int[] flushSection(ByteArrayOutputStream bytes, DataOutputStream out) throws IOException {
        byte[] section = bytes.toByteArray();
        bytes.reset();
        int[] startLengthAndSum = {out.size(), section.length, checksum(section)};
        out.write(section);
        return startLengthAndSum;
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static void writeEntry(DataOutputStream out, Path file, ParsedFiles.Entry entry, ArticleCodec codec,
            CacheKeys keys) throws IOException {
        ArticleCodec.writeString(out, keys.key(file));
        out.writeInt(entry.hash().length);
        out.write(entry.hash());
        out.writeLong(entry.stamp().size());
        out.writeLong(entry.stamp().modifiedNanos());
        codec.writeParsedFile(out, file, entry.parsed(), entry.outcome());
    }

    /** @param lazily leave an article not shown undecoded until it is asked for ({@link ArticleCodec#readEntry}) */
    static void readEntry(CacheInput in, ArticleCodec codec, CacheKeys keys, ParsedFiles into, boolean lazily)
            throws IOException {
        Path file = keys.file(in.readString());
        byte[] hash = in.readBytes();
        FileStamp stamp = new FileStamp(in.readLong(), in.readLong());
        into.put(file, codec.readEntry(in, file, hash, stamp, lazily));
    }

    /** One change of the parse cache as a delta record: its length, its checksum, then what changed. */
    static byte[] deltaRecord(Path file, ParsedFiles.Entry entryOrNull, CacheKeys keys) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream payload = new DataOutputStream(bytes);
            payload.writeByte(entryOrNull == null ? REMOVE : PUT);
            if (entryOrNull == null) {
                ArticleCodec.writeString(payload, keys.key(file));
            } else {
                writeEntry(payload, file, entryOrNull, new ArticleCodec(ArticleCodec.IN_PLACE), keys);
            }
            payload.flush();
            byte[] body = bytes.toByteArray();
            return ByteBuffer.allocate(8 + body.length).putInt(body.length).putInt(checksum(body)).put(body).array();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
    }

    /** Applies every record from {@code in}'s position to its end; throws, having applied some, on a broken one. */
    static void applyDeltaRecords(CacheInput in, CacheKeys keys, ParsedFiles into) throws IOException {
        ArticleCodec codec = new ArticleCodec(ArticleCodec.IN_PLACE);
        while (in.remaining() > 0) {
            int length = in.readInt();
            int sum = in.readInt();
            if (length < 1 || length > in.remaining()) {
                throw new IOException("delta record of " + length + " bytes, " + in.remaining() + " left");
            }
            int start = in.position();
            byte[] body = in.readRaw(length);
            if (checksum(body) != sum) {
                throw new IOException("delta record at " + start + " fails its checksum");
            }
            CacheInput record = new CacheInput(ByteBuffer.wrap(body));
            byte kind = record.readByte();
            if (kind == REMOVE) {
                into.remove(keys.file(record.readString()));
            } else if (kind == PUT) {
                readEntry(record, codec, keys, into, false);
            } else {
                throw new IOException("delta record of kind " + kind);
            }
            if (record.remaining() != 0) {
                throw new IOException("delta record at " + start + " has bytes left over");
            }
        }
    }

    static void writeManifest(OutputManifest manifest, DataOutputStream out) throws IOException {
        List<String> paths = manifest.fingerprints().keySet().stream().sorted().toList();
        PathIndex index = new PathIndex(paths.size());
        out.writeInt(paths.size());
        for (String path : paths) {
            index.add(path);
            ArticleCodec.writeString(out, path);
            out.writeLong(manifest.fingerprints().get(path));
            FileStamp stamp = manifest.stamps().get(path);
            out.writeLong(stamp.size());
            out.writeLong(stamp.modifiedNanos());
        }
        out.writeInt(manifest.links().size());
        for (Map.Entry<String, PageLinks> page : manifest.links().entrySet()) {
            out.writeInt(index.of(page.getKey()));
            writeIndexes(out, page.getValue().targets(), index);
            writeIndexes(out, page.getValue().fragmentTargets(), index);
        }
    }

    /** Reads a manifest written by {@link #writeManifest} into {@code into}, whose maps are empty. */
    static void readManifest(CacheInput in, ManifestDelta.Reading into) throws IOException {
        int count = in.readLength();
        String[] paths = new String[count];
        // pages are most of the files: their links' map is sized for every file, and never grows
        into.expect(count, count);
        for (int i = 0; i < count; i++) {
            paths[i] = in.readString();
            into.fingerprints.put(paths[i], in.readLong());
            into.stamps.put(paths[i], new FileStamp(in.readLong(), in.readLong()));
        }
        int pages = in.readLength();
        for (int i = 0; i < pages; i++) {
            String page = paths[in.readInt()];
            into.links.put(page, new PageLinks(readIndexes(in, paths), readIndexes(in, paths)));
        }
    }

    private static void writeIndexes(DataOutputStream out, Set<String> files, PathIndex index) throws IOException {
        out.writeInt(files.size());
        for (String file : files) {
            out.writeInt(index.of(file));
        }
    }

    /**
     * The number of each path of the manifest. The link targets of all kept pages were read from the last manifest
     * as one string per path, shared, so each is looked up by value once and by identity after that; comparing
     * millions of long paths character by character was most of the time it took to write the manifest of a
     * 50,000-article site.
     */
    private static final class PathIndex {
        private final Map<String, Integer> byValue;
        private final Map<String, Integer> byIdentity;

        PathIndex(int size) {
            byValue = new HashMap<>(size * 2);
            byIdentity = new IdentityHashMap<>(size);
        }

        void add(String path) {
            byValue.put(path, byValue.size());
        }

        int of(String path) {
            Integer number = byIdentity.get(path);
            if (number == null) {
                number = byValue.get(path);
                byIdentity.put(path, number);
            }
            return number;
        }
    }

    private static Set<String> readIndexes(CacheInput in, String[] paths) throws IOException {
        int count = in.readLength();
        String[] files = new String[count];
        for (int i = 0; i < count; i++) {
            files[i] = paths[in.readInt()];
        }
        return Set.of(files);
    }
}
