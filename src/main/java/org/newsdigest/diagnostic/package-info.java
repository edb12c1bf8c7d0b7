/**
 * Positions and problems shared by every step: a {@link org.newsdigest.diagnostic.Problem} says where
 * ({@code path:line:col}), what is wrong, what was found and how to fix it. Steps collect problems into
 * {@link org.newsdigest.diagnostic.Problems} instead of throwing, so a build reports all of them at once. What the
 * machine does to a build (a full disk, a read-only folder, another build of the site, an interrupt) is an
 * {@link org.newsdigest.diagnostic.EnvironmentFailure}: one line and its own exit status, never a bug's trace.
 */
package org.newsdigest.diagnostic;
