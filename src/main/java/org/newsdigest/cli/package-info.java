/**
 * The command line ({@code java -jar news-digest.jar build|check|serve|init|generate-corpus|help}), built with
 * picocli. Commands turn options into a {@link org.newsdigest.config.SiteConfig}, run a step, print problems and
 * a summary, and return the documented exit status: 0 done, 1 the build found a problem and published nothing,
 * 2 usage or configuration error, 70 a bug in news-digest.
 */
package org.newsdigest.cli;
