package org.newsdigest.load;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.newsdigest.config.SystemFolders;
import org.newsdigest.diagnostic.EnvironmentFailure;
import org.newsdigest.diagnostic.Problems;
import org.newsdigest.diagnostic.Quote;
import org.newsdigest.diagnostic.ReadFailure;
import org.newsdigest.diagnostic.SourcePosition;

/**
 * Finds the files of one of the site's folders (the content folder; the templates folder's {@code static/}) under
 * the one rule for what the build may read from them:
 * <ul>
 * <li>Only regular files are read. A named pipe, socket or device is an error and never opened, so none can hang the
 * build; nor is a folder inside {@code /proc}, {@code /sys} or {@code /dev} walked, whose files pose as regular.</li>
 * <li>A symbolic link is followed only when its real target (every link on the way resolved) is inside the folder
 * the walk is bound to. A link leading outside, one that leads nowhere, and a folder link leading back to a folder
 * that holds it are errors naming the link and its target, and nothing is read through them.</li>
 * <li>A folder link inside is walked like the folder it leads to, once: each real folder is read once in a walk, the
 * start's own folders first, then the folders links lead to in the order of the links' paths. A link to a folder read
 * already is passed over with a warning. So links can neither loop nor multiply the work (two links to the next
 * folder, twenty times over, would otherwise be a million walks).</li>
 * </ul>
 * The errors are problems like any other: content behind a refused link is left out of the site, and a refused
 * static file fails the build. Names decide first: an entry whose name the walk does not take (hidden files, say) is
 * passed over in silence, whatever it is or leads to, as it would never be read.
 */
public final class SiteFolderWalker {

    /**
     * What a walk found: the files it takes, and how many more it would have taken but refused, each with an error
     * (a named pipe, a link leading nowhere or out of the bound): a summary counts those as files read and invalid.
     *
     * @param attributes each file's attributes as the walk read them (a link's, its target's), in the order of
     *                   {@code files}: its size and modification time, read once for the whole build
     */
    public record Walked(List<Path> files, List<BasicFileAttributes> attributes, int refused) {
        public Walked {
            if (files.size() != attributes.size()) {
                throw new IllegalArgumentException(files.size() + " files, " + attributes.size() + " attributes");
            }
        }
    }

    /** Which names a walk takes: folders it enters, files it returns; a link is taken by its own name. */
    public record Names(Predicate<String> folders, Predicate<String> files) {
    }

    private final String folderName;
    private final Names names;

    /**
     * @param folderName what the bound folder is to the user, for messages: "content folder", "templates folder"
     */
    public SiteFolderWalker(String folderName, Names names) {
        this.folderName = folderName;
        this.names = names;
    }

    /**
     * The files under {@code start}, spelled through it, in the order of their paths under it ('/' between names).
     *
     * @param bound the folder no link may lead out of: {@code start} or a folder that holds it
     */
    public List<Path> files(Path bound, Path start, Problems problems) {
        return walk(bound, start, problems).files();
    }

    /** As {@link #files}, with the count of the files it refused. */
    public Walked walk(Path bound, Path start, Problems problems) {
        Path realBound;
        try {
            realBound = bound.toRealPath();
        } catch (IOException e) {
            throw unreadable(bound, e);
        }
        Optional<Path> system = SystemFolders.holding(realBound);
        if (system.isPresent()) {
            problems.error(SourcePosition.unplaced(bound), "the " + folderName + " is inside " + Quote.of(system.get().toString())
                    + ", which holds the system's own files, not a site's; choose a folder of your own");
            return new Walked(List.of(), List.of(), 0);
        }
        Walk walk = new Walk(realBound, problems);
        Path realStart;
        try {
            realStart = start.toRealPath();
        } catch (IOException e) {
            throw unreadable(start, e);
        }
        if (!realStart.startsWith(realBound)) {
            problems.error(SourcePosition.unplaced(start), walk.outside(start));
            return new Walked(List.of(), List.of(), 0);
        }
        walk.all(start, realStart);
        // a plain comparison of the keys: comparing(Found::key) took half the walk of a large folder under the client compiler
        walk.found.sort((a, b) -> a.key().compareTo(b.key()));
        return new Walked(walk.found.stream().map(Found::file).toList(), walk.found.stream().map(Found::attributes).toList(),
                walk.refused);
    }

    /**
     * The whole folder cannot be read (deleted or made unreadable as the build began): publishing what was found, which
     * is nothing, would replace the site with an empty one, so the build stops and leaves the output as it was.
     */
    private EnvironmentFailure unreadable(Path folder, IOException e) {
        return EnvironmentFailure.io("read the " + folderName, folder, e);
    }

    private record Found(String key, Path file, BasicFileAttributes attributes) {
    }

    /** A folder link inside the bound, to be walked once the folders before it in the walk's order are. */
    private record FolderLink(String key, Path link, Path target) {
    }

    /**
     * One walk: its bound, the real folders read so far (with the key each was read as), the folder links still to
     * follow, what it found, and where it reports. What vanishes while it walks (an editor's swap file, an article
     * deleted that moment) is passed over as if the walk had started a moment later.
     */
    private final class Walk {
        private final Path bound;
        private final Problems problems;
        private final Map<Path, String> read = new HashMap<>();
        private final PriorityQueue<FolderLink> links = new PriorityQueue<>(Comparator.comparing(FolderLink::key));
        private final List<Found> found = new ArrayList<>();
        /** Files the walk would take by their names, refused with an error. */
        private int refused;

        Walk(Path bound, Problems problems) {
            this.bound = bound;
            this.problems = problems;
        }

        void all(Path start, Path realStart) {
            folder(start, "", realStart);
            while (!links.isEmpty()) {
                FolderLink next = links.poll();
                String readAs = read.get(next.target());
                if (readAs == null) {
                    folder(next.link(), next.key(), next.target());
                } else {
                    problems.warning(SourcePosition.unplaced(next.link()), "symbolic link to " + spelt(next.link())
                            + " not followed: the folder it leads to is read already, as " + Quote.of(readAs.isEmpty() ? "." : readAs)
                            + " in the " + folderName + "; remove the link, or copy the folder if its files must be read twice");
                }
            }
        }

        /** @param real the folder's real path, every link on the way resolved */
        private void folder(Path folder, String key, Path real) {
            if (read.putIfAbsent(real, key) != null) {
                return; // reached through a link already, and read there
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(entries::add);
            } catch (IOException e) {
                failed(SourcePosition.unplaced(folder), e);
                return;
            } catch (DirectoryIteratorException e) {
                failed(SourcePosition.unplaced(folder), e.getCause());
                return;
            }
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                entry(entry, name, key.isEmpty() ? name : key + "/" + name, real);
            }
        }

        /**
         * A folder's entry, called {@code name}: {@code key} is its path under the start, {@code realFolder} its folder's
         * real path.
         */
        private void entry(Path path, String name, String key, Path realFolder) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                if (names.files().test(name) && failed(SourcePosition.ofFile(path), e)) {
                    refused++;
                }
                return;
            }
            if (attributes.isSymbolicLink()) {
                link(path, name, key, realFolder);
            } else if (attributes.isDirectory()) {
                if (names.folders().test(name)) {
                    folder(path, key, realFolder.resolve(name));
                }
            } else if (names.files().test(name)) {
                if (attributes.isRegularFile()) {
                    found.add(new Found(key, path, attributes));
                } else {
                    refused++;
                    problems.error(SourcePosition.ofFile(path), "is a named pipe, socket or device, not a regular file, and "
                            + "news-digest reads only regular files; remove it from the " + folderName);
                }
            }
        }

        private void link(Path link, String name, String key, Path realFolder) {
            Path target;
            BasicFileAttributes attributes;
            try {
                target = link.toRealPath();
                attributes = Files.readAttributes(target, BasicFileAttributes.class);
            } catch (IOException e) {
                if (names.files().test(name) && Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                    refused++;
                    problems.error(SourcePosition.ofFile(link), "symbolic link to " + spelt(link) + (e instanceof NoSuchFileException
                            ? " leads nowhere: its target does not exist" : " cannot be followed: " + ReadFailure.reason(e))
                            + "; fix the link or remove it");
                }
                return;
            }
            boolean folder = attributes.isDirectory();
            if (!(folder ? names.folders().test(name) : names.files().test(name))) {
                return;
            }
            SourcePosition at = folder ? SourcePosition.unplaced(link) : SourcePosition.ofFile(link);
            if (!target.startsWith(bound)) {
                refused += folder ? 0 : 1;
                problems.error(at, outside(link));
            } else if (folder && realFolder.startsWith(target)) {
                problems.error(at, "symbolic link to " + spelt(link) + " refused: it leads back to a folder that holds it, "
                        + "so that folder would be read for ever; remove the link");
            } else if (folder) {
                links.add(new FolderLink(key, link, target));
            } else if (attributes.isRegularFile()) {
                found.add(new Found(key, link, attributes));
            } else {
                refused++;
                problems.error(at, "symbolic link to " + spelt(link) + " refused: it leads to a named pipe, socket or device, "
                        + "not a regular file, and news-digest reads only regular files; remove the link");
            }
        }

        /** Reports what could not be read, unless it vanished meanwhile; true when it reported. */
        private boolean failed(SourcePosition at, IOException e) {
            if (e instanceof NoSuchFileException) {
                return false;
            }
            problems.error(at, ReadFailure.message(e));
            return true;
        }

        String outside(Path link) {
            return "symbolic link to " + spelt(link) + " refused: it leads outside the " + folderName + ", and links are "
                    + "followed only inside it; copy what it leads to into the " + folderName + " instead, or remove the link";
        }
    }

    /** The target as the link spells it ('ls -l' shows the same), not the resolved absolute path. */
    private static String spelt(Path link) {
        try {
            return Quote.of(Files.readSymbolicLink(link).toString());
        } catch (IOException e) {
            return "its target";
        }
    }
}
