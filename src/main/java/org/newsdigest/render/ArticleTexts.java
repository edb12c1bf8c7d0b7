package org.newsdigest.render;

import org.newsdigest.model.Article;
import org.newsdigest.model.Topic;

/**
 * The hashes of the texts of one article that the keys of the pages showing it take ({@link KeyHash#hashOf}), made once
 * per build ({@link ViewFactory#texts}): its card, its page, its feed item, its archive line, its search index entry
 * and its sitemap entry then add each as a number, instead of hashing the same texts again for each.
 *
 * @param path         its page's site path
 * @param title        its headline
 * @param excerpt      its excerpt
 * @param provider     its provider's name
 * @param providerSlug its provider's slug
 * @param topicNames   how many topics it has and their names, in order
 * @param topics       how many topics it has and each one's name and slug, in order
 * @param image        its lead image's address, width and height, or that it has none
 * @param sourceUrl    its original's address, or that it has none
 */
record ArticleTexts(long path, long title, long excerpt, long provider, long providerSlug, long topicNames, long topics,
        long image, long sourceUrl) {

    /** @param room a key whose room to copy strings into is used, and nothing else */
    static ArticleTexts of(Article article, UrlScheme urls, KeyHash room) {
        return new ArticleTexts(room.hashOf(urls.article(article)), room.hashOf(article.title()),
                room.hashOf(article.excerpt()), room.hashOf(article.provider().name()), room.hashOf(article.provider().slug()),
                room.hashOf(key -> {
                    key.number(article.topics().size());
                    article.topics().forEach(topic -> key.text(topic.name()));
                }),
                room.hashOf(key -> {
                    key.number(article.topics().size());
                    for (Topic topic : article.topics()) {
                        key.text(topic.name());
                        key.text(topic.slug());
                    }
                }),
                room.hashOf(key -> key.image(article.leadImage())),
                room.hashOf(key -> key.uri(article.sourceUrl())));
    }
}
