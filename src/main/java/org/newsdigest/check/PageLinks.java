package org.newsdigest.check;

import java.util.Set;

/**
 * The files of the site one page links to. A kept page must be checked again when one of its {@code targets} is
 * gone, or when a page it links into with a {@code #fragment} was written again and may have lost that id.
 *
 * @param targets           files linked without a fragment
 * @param fragmentTargets   other files linked with a fragment
 */
public record PageLinks(Set<String> targets, Set<String> fragmentTargets) {

    public static final PageLinks NONE = new PageLinks(Set.of(), Set.of());

    public PageLinks {
        targets = Set.copyOf(targets);
        fragmentTargets = Set.copyOf(fragmentTargets);
    }
}
