/**
 * Stories: syndicated and lightly edited copies of one article are grouped as one story with
 * several sources. {@link org.entente.store.stories.MinHash} signs word shingles; {@link
 * org.entente.store.stories.StoryIndex} finds near-duplicates by LSH banding.
 */
package org.entente.store.stories;
