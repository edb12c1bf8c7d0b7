/**
 * Positions and problems shared by every step: a {@link org.newsdigest.diagnostic.Problem} says where
 * ({@code path:line:col}), what is wrong, what was found and how to fix it. Steps collect problems into
 * {@link org.newsdigest.diagnostic.Problems} instead of throwing, so a build reports all of them at once.
 */
package org.newsdigest.diagnostic;
