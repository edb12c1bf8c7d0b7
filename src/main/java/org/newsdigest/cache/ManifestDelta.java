package org.newsdigest.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;
import org.newsdigest.check.PageLinks;

/**
 * The records of the manifest's delta file, which a build appends to instead of writing the whole manifest again:
 * <em>forgotten</em> (the output is about to change, so until the next record of changes there is no manifest) and
 * <em>changes</em> (every file put, changed or removed since the manifest before; the manifest holds again). Each
 * record carries its length and a checksum, so a record cut short by a kill reads as broken, and a broken delta
 * reads as no manifest at all: unlike the parse cache's, an older manifest would describe files no longer there.
 */
final class ManifestDelta {

    private static final byte FORGOTTEN = 0;
    private static final byte CHANGES = 1;
    private static final int HAS_FILE = 1;
    private static final int HAS_LINKS = 2;

    private ManifestDelta() {
    }

    /** A manifest as it is read: the base's maps, changed record by record. */
    static final class Reading {
        Map<String, Long> fingerprints = new HashMap<>();
        Map<String, FileStamp> stamps = new HashMap<>();
        Map<String, PageLinks> links = new HashMap<>();
        private boolean holds = true;

        /** Makes room for {@code files} files and {@code pages} pages' links before any is read: no map grows then. */
        void expect(int files, int pages) {
            fingerprints = new HashMap<>(roomFor(files));
            stamps = new HashMap<>(roomFor(files));
            links = new HashMap<>(roomFor(pages));
        }

        /** The capacity a hash map needs for {@code entries} entries at its default load factor of 3/4. */
        private static int roomFor(int entries) {
            return (int) Math.min(1 << 30, entries * 4L / 3 + 1);
        }

        /** Empty when the last record read was a forgotten one. */
        Optional<OutputManifest> manifest() {
            return holds ? Optional.of(new OutputManifest(fingerprints, stamps, links)) : Optional.empty();
        }
    }

    /** The record that says the manifest no longer describes the output. */
    static byte[] forgotten() {
        return framed(new byte[] {FORGOTTEN});
    }

    /**
     * The record that turns {@code previous} into {@code next}; empty when more than {@code maxChanges} paths
     * changed, for a whole new manifest to be written instead.
     */
    static Optional<byte[]> changes(OutputManifest previous, OutputManifest next, int maxChanges) {
        List<String> changed = changedPaths(previous, next, maxChanges);
        if (changed.size() > maxChanges) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(CHANGES);
            out.writeInt(changed.size());
            for (String path : changed) {
                ArticleCodec.writeString(out, path);
                Long fingerprint = next.fingerprints().get(path);
                PageLinks links = next.links().get(path);
                out.writeByte((fingerprint != null ? HAS_FILE : 0) | (links != null ? HAS_LINKS : 0));
                if (fingerprint != null) {
                    FileStamp stamp = next.stamps().get(path);
                    out.writeLong(fingerprint);
                    out.writeLong(stamp.size());
                    out.writeLong(stamp.modifiedNanos());
                }
                if (links != null) {
                    writePaths(out, links.targets());
                    writePaths(out, links.fragmentTargets());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array refused a write", e);
        }
        return Optional.of(framed(bytes.toByteArray()));
    }

    /**
     * The paths whose file or links differ, in no particular order; stops counting past {@code maxChanges}. Next's files
     * are looked at first, counting how many of them previous's files and each manifest's links have: when those are
     * all of previous's files or of a manifest's links (a rebuild that removed nothing), that map has no other path and
     * is not walked at all. Otherwise each map's paths are taken when no map before it in the order next's files,
     * next's links, previous's files, previous's links has them, so each path is looked at once without a set of the
     * paths seen.
     */
    private static List<String> changedPaths(OutputManifest previous, OutputManifest next, int maxChanges) {
        List<String> changed = new ArrayList<>();
        int filesBefore = 0;
        int linksNow = 0;
        int linksBefore = 0;
        for (Map.Entry<String, Long> file : next.fingerprints().entrySet()) {
            String path = file.getKey();
            Long fingerprintBefore = previous.fingerprints().get(path);
            PageLinks pageLinksNow = next.links().get(path);
            PageLinks pageLinksBefore = previous.links().get(path);
            filesBefore += fingerprintBefore != null ? 1 : 0;
            linksNow += pageLinksNow != null ? 1 : 0;
            linksBefore += pageLinksBefore != null ? 1 : 0;
            // the links of a page not read again are the very object read, so most compare by identity
            if (!file.getValue().equals(fingerprintBefore) || !next.stamps().get(path).equals(previous.stamps().get(path))
                    || !Objects.equals(pageLinksNow, pageLinksBefore)) {
                changed.add(path);
                if (changed.size() > maxChanges) {
                    return changed;
                }
            }
        }
        List<Map<String, ?>> maps = List.of(next.fingerprints(), next.links(), previous.fingerprints(), previous.links());
        int[] foundUnderNextFiles = {next.fingerprints().size(), linksNow, filesBefore, linksBefore};
        for (int m = 1; m < maps.size(); m++) {
            if (foundUnderNextFiles[m] == maps.get(m).size()) {
                continue;
            }
            for (String path : maps.get(m).keySet()) {
                if (!inAnyBefore(maps, m, path) && differs(path, previous, next)) {
                    changed.add(path);
                    if (changed.size() > maxChanges) {
                        return changed;
                    }
                }
            }
        }
        return changed;
    }

    private static boolean inAnyBefore(List<Map<String, ?>> maps, int m, String path) {
        for (int before = 0; before < m; before++) {
            if (maps.get(before).containsKey(path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean differs(String path, OutputManifest previous, OutputManifest next) {
        return !Objects.equals(next.fingerprints().get(path), previous.fingerprints().get(path))
                || !Objects.equals(previous.stamps().get(path), next.stamps().get(path))
                || !Objects.equals(previous.links().get(path), next.links().get(path));
    }

    /** Applies every record of {@code records} (the delta file after its header) to {@code into}. */
    static void apply(ByteBuffer records, Reading into) throws IOException {
        CacheInput in = new CacheInput(records);
        while (in.remaining() > 0) {
            int length = in.readLength();
            int checksum = in.readInt();
            if (length > in.remaining()) {
                throw new IOException("a manifest delta record runs past the end");
            }
            byte[] payload = in.readRaw(length);
            CRC32C crc = new CRC32C();
            crc.update(payload);
            if ((int) crc.getValue() != checksum) {
                throw new IOException("a manifest delta record does not match its checksum");
            }
            applyRecord(new CacheInput(ByteBuffer.wrap(payload)), into);
        }
    }

    private static void applyRecord(CacheInput record, Reading into) throws IOException {
        byte kind = record.readByte();
        if (kind == FORGOTTEN) {
            into.holds = false;
        } else if (kind == CHANGES) {
            int count = record.readLength();
            for (int i = 0; i < count; i++) {
                String path = record.readString();
                int parts = record.readByte();
                into.fingerprints.remove(path);
                into.stamps.remove(path);
                into.links.remove(path);
                if ((parts & HAS_FILE) != 0) {
                    into.fingerprints.put(path, record.readLong());
                    into.stamps.put(path, new FileStamp(record.readLong(), record.readLong()));
                }
                if ((parts & HAS_LINKS) != 0) {
                    into.links.put(path, new PageLinks(readPaths(record), readPaths(record)));
                }
            }
            into.holds = true;
        } else {
            throw new IOException("manifest delta record of kind " + kind);
        }
        if (record.remaining() != 0) {
            throw new IOException("a manifest delta record has bytes left over");
        }
    }

    private static byte[] framed(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return ByteBuffer.allocate(8 + payload.length).putInt(payload.length).putInt((int) crc.getValue()).put(payload)
                .array();
    }

    private static void writePaths(DataOutputStream out, Set<String> paths) throws IOException {
        out.writeInt(paths.size());
        for (String path : paths) {
            ArticleCodec.writeString(out, path);
        }
    }

    private static Set<String> readPaths(CacheInput in) throws IOException {
        int count = in.readLength();
        String[] paths = new String[count];
        for (int i = 0; i < count; i++) {
            paths[i] = in.readString();
        }
        return Set.of(paths);
    }
}
