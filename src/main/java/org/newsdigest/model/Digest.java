package org.newsdigest.model;

import java.util.List;

/**
 * Everything the site shows: the published articles newest first, and the topics and providers that group
 * them, each sorted by name. Built by {@link DigestBuilder}.
 */
public record Digest(List<Article> articles, List<Listing<Topic>> topics, List<Listing<Provider>> providers) {

    /** A topic or provider with its articles, newest first. */
    public record Listing<K>(K key, List<Article> articles) {
        public Listing {
            articles = List.copyOf(articles);
        }
    }

    public Digest {
        articles = List.copyOf(articles);
        topics = List.copyOf(topics);
        providers = List.copyOf(providers);
    }
}
