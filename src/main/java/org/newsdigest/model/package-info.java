/**
 * Step 4, the model: immutable records for what the site is made of ({@link org.newsdigest.model.Article}, built by an
 * {@link org.newsdigest.model.ArticleBuilder}, and its {@link org.newsdigest.model.ArticleIdentity}, all that a withheld or
 * invalid file keeps; {@link org.newsdigest.model.Provider}, {@link org.newsdigest.model.Topic}, …) and
 * {@link org.newsdigest.model.DigestBuilder}, which turns the parsed, published articles into a
 * {@link org.newsdigest.model.Digest}: one total order, topics and providers grouped by slug, article slugs (and so
 * their addresses) made unique site-wide, and {@link org.newsdigest.model.StoryGrouper} grouping several providers' reports of one event
 * into {@link org.newsdigest.model.Stories}. The {@code secured} field of an article never reaches this package.
 */
package org.newsdigest.model;
