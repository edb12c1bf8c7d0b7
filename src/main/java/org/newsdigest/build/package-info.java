/**
 * The build lifecycle: {@link org.newsdigest.build.SiteBuilder#build()} calls the steps in order
 * (load → parse → model → render → write → check → publish) and returns a
 * {@link org.newsdigest.build.BuildResult} with every problem and a {@link org.newsdigest.build.BuildSummary}.
 */
package org.newsdigest.build;
