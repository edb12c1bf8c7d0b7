package org.newsdigest.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.newsdigest.model.StoryPairs;

/**
 * The body of the cache file that keeps what the last story grouping found ({@link StoryPairs}); {@link CacheFolder}
 * frames it with the format, the code stamp and a checksum. Source files inside the site's folder are named relative
 * to it, as the parse cache names them, so a moved site or a cache restored elsewhere still matches; the names are cut
 * and joined as text, since making a path of each of 50,000 names costs more than the grouping saves.
 */
final class StoryPairsCodec {

    /** The layout below; a file of another layout is not read. */
    private static final int LAYOUT = 1;

    private final String sitePrefix;

    /** @param siteFolder the folder that holds the cache folder */
    StoryPairsCodec(Path siteFolder) {
        String folder = siteFolder.toAbsolutePath().normalize().toString();
        this.sitePrefix = folder.endsWith(siteFolder.getFileSystem().getSeparator()) ? folder
                : folder + siteFolder.getFileSystem().getSeparator();
    }

    void write(StoryPairs pairs, DataOutputStream out) throws IOException {
        int n = pairs.size();
        out.writeInt(LAYOUT);
        out.writeInt(n);
        for (int k = 0; k < n; k++) {
            String source = pairs.source(k);
            boolean inSite = source.startsWith(sitePrefix);
            out.writeBoolean(inSite);
            ArticleCodec.writeString(out, inSite ? source.substring(sitePrefix.length()) : source);
            out.writeLong(pairs.fingerprint(k));
        }
        writePartners(out, n, pairs::similarEnd, pairs::similarPartner);
        writePartners(out, n, pairs::linkedEnd, pairs::linkedPartner);
    }

    private static void writePartners(DataOutputStream out, int n, IntUnaryOperator end, IntUnaryOperator partner)
            throws IOException {
        for (int k = 0; k < n; k++) {
            out.writeInt(end.applyAsInt(k));
        }
        int count = n == 0 ? 0 : end.applyAsInt(n - 1);
        out.writeInt(count);
        for (int at = 0; at < count; at++) {
            out.writeInt(partner.applyAsInt(at));
        }
    }

    /** @throws IOException or {@link IllegalArgumentException} when the bytes are not such a body */
    StoryPairs read(CacheInput in) throws IOException {
        if (in.readInt() != LAYOUT) {
            throw new IOException("another layout of story pairs");
        }
        int n = in.readInt();
        // each article takes at least 13 bytes, so a garbled count fails before anything is allocated for it
        if (n < 0 || n > in.remaining() / 13) {
            throw new IOException(n + " articles in " + in.remaining() + " bytes");
        }
        List<String> sources = new ArrayList<>(n);
        long[] fingerprints = new long[n];
        for (int k = 0; k < n; k++) {
            boolean inSite = in.readBoolean();
            String source = in.readString();
            sources.add(inSite ? sitePrefix + source : source);
            fingerprints[k] = in.readLong();
        }
        int[] similarEnds = readInts(in, n);
        int[] similar = readInts(in, readCount(in));
        int[] linkedEnds = readInts(in, n);
        int[] linked = readInts(in, readCount(in));
        return new StoryPairs(sources, fingerprints, similarEnds, similar, linkedEnds, linked);
    }

    private static int readCount(CacheInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.remaining() / 4) {
            throw new IOException(count + " partners in " + in.remaining() + " bytes");
        }
        return count;
    }

    private static int[] readInts(CacheInput in, int count) {
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
