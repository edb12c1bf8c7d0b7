/**
 * The command line ({@code java -jar news-digest.jar build|check|serve|init|generate-corpus|help}), built with
 * picocli. Commands turn options into a {@link org.newsdigest.config.SiteConfig}, run a step, print problems and
 * a summary, and return the documented exit status ({@link org.newsdigest.cli.ExitStatus}): 0 done, 1 the build found
 * a problem and published nothing, 2 usage or configuration error (or an output folder news-digest did not write),
 * 3 a template or a static file of the theme failed, 4 an I/O failure or out of memory, 5 another build of the site is running, 130 interrupted, 70 a bug in
 * news-digest. Only a bug prints a stack trace, unless {@code --debug} is given.
 */
package org.newsdigest.cli;
