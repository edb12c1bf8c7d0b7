package org.newsdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the site shows: the published articles newest first, the topics and providers that group them
 * (each sorted by name), and the stories that group several providers' reports of one event. Built by
 * {@link DigestBuilder}.
 */
public record Digest(List<Article> articles, List<Listing<Topic>> topics, List<Listing<Provider>> providers,
        Stories stories) {

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
        Objects.requireNonNull(stories, "stories");
    }
}
