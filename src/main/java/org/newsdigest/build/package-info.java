/**
 * The build lifecycle: {@link org.newsdigest.build.SiteBuilder#build()} takes the site's lock
 * ({@link org.newsdigest.build.SiteLock}), checks that the output folder is news-digest's to replace
 * ({@link org.newsdigest.build.OutputOwnership}), then calls the steps in order
 * (load → parse → model → render → write → check → publish) and returns a
 * {@link org.newsdigest.build.BuildResult} with every problem and a {@link org.newsdigest.build.BuildSummary}.
 * What the machine does to it is thrown as an {@link org.newsdigest.diagnostic.EnvironmentFailure}.
 */
package org.newsdigest.build;
