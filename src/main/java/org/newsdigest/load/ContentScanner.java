package org.newsdigest.load;

import java.nio.file.Path;
import java.util.Locale;
import org.newsdigest.diagnostic.Problems;

/**
 * Lists the article files under the content folder: every {@code .txt} and {@code .md} file, in path order.
 * Hidden files and folders and editor leftovers ({@code .#x}, {@code x~}, {@code .swp}) are skipped; symbolic links
 * and files that are not regular follow the rule of {@link SiteFolderWalker}.
 */
public final class ContentScanner {

    private static final SiteFolderWalker WALKER = new SiteFolderWalker("content folder", new SiteFolderWalker.Names(
            name -> !isHidden(name), name -> !isHidden(name) && !isEditorLeftover(name) && isArticleName(name)));

    /** The article files, and how many article-named entries were refused (each with an error in {@code problems}). */
    public SiteFolderWalker.Walked scan(Path contentDir, Problems problems) {
        return WALKER.walk(contentDir, contentDir, problems);
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static boolean isEditorLeftover(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.startsWith("#");
    }

    private static boolean isArticleName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md");
    }
}
