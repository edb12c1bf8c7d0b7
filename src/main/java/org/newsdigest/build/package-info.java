/**
 * The build lifecycle. {@link org.newsdigest.build.SiteBuilder#build()} checks that the output folder is news-digest's
 * to replace ({@link org.newsdigest.build.OutputOwnership}), takes the site's lock ({@link org.newsdigest.build.SiteLock})
 * and runs the steps in order, each a small class with a typed result: {@code LoadPhase} (templates and content files)
 * → {@code ParsePhase} (articles and counts) → {@code ModelPhase} (the digest; future articles held back, second copies
 * left out, counted as unpublished) → {@code RenderPhase} (the new site in the staging folder) → {@code CheckPhase}
 * (links; publishable or not) → {@code PublishPhase} (the swap, then the manifest kept). One {@code PhaseRunner} runs
 * them, stops between them on an interrupt, and tells a listener ({@code PhaseTimes}, what {@code --timings} prints).
 * What is kept between builds has one owner, {@link org.newsdigest.build.IncrementalState}; a full build is the same
 * steps from an empty state. The result is a {@link org.newsdigest.build.BuildResult} with every problem and a
 * {@link org.newsdigest.build.BuildSummary}; what the machine does to the build is thrown as an
 * {@link org.newsdigest.diagnostic.EnvironmentFailure}.
 */
package org.newsdigest.build;
