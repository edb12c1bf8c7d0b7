/**
 * Step 3, parsing: turns each {@link org.newsdigest.load.SourceText} into an {@link org.newsdigest.model.Article}.
 * {@link org.newsdigest.parse.FrontMatterSplitter} separates the YAML header from the Markdown body,
 * {@link org.newsdigest.parse.ArticleHeaderReader} is the one place that validates a header (its fields are described
 * once, in {@link org.newsdigest.parse.ArticleFields}), and
 * {@link org.newsdigest.parse.MarkdownRenderer} (flexmark) renders the body to safe HTML. Every problem
 * carries the file, line and column it was found at.
 */
package org.newsdigest.parse;
