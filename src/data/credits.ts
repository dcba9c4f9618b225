/**
 * Picture credits and news agencies as they appear on their own line in
 * scraped news pages. General knowledge of British, American and
 * international news publishing (no third-party list copied); MIT, as the
 * rest of nutgraf.
 */

/** Agencies and picture libraries, lower-cased. A line made only of these (joined by "/", "via", "and") is a credit. */
export const pictureSources: ReadonlySet<string> = new Set([
  'pa',
  'pa wire',
  'pa media',
  'pa images',
  'pa archive',
  'press association',
  'getty',
  'getty images',
  'afp',
  'ap',
  'ap photo',
  'associated press',
  'reuters',
  'epa',
  'epa-efe',
  'efe',
  'alamy',
  'alamy stock photo',
  'shutterstock',
  'rex',
  'rex features',
  'rex/shutterstock',
  'bbc',
  'itv',
  'sky news',
  'gb news',
  'x',
  'twitter',
  'instagram',
  'facebook',
  'youtube',
  'tiktok',
  'handout',
  'supplied',
  'file photo',
  'file',
  'dpa',
  'anadolu',
  'anadolu agency',
  'sipa',
  'bloomberg',
  'nurphoto',
  'sopa images',
  'lightrocket',
  'zuma',
  'zuma press',
  'xinhua',
  'tass',
  'ria novosti',
  'kyodo',
  'ansa',
  'wenn',
  'splash news',
  'mega',
  'backgrid',
  'cover images',
  'istock',
  'pool',
  'unsplash',
  'wikimedia commons',
  'wikipedia',
  'nasa',
  'mod',
  'ministry of defence',
  'uk mod',
  'crown copyright',
  'downing street',
  'no10',
  'number 10',
  'white house',
  'the white house',
  'us army',
  'us navy',
  'u.s. army',
  'u.s. navy',
])

/** Words that introduce a credit line: "Credit: ...", "Image: ...", "Photo: ...". */
export const creditLabels: ReadonlySet<string> = new Set([
  'credit',
  'credits',
  'image',
  'images',
  'image credit',
  'image source',
  'photo',
  'photos',
  'photo credit',
  'photograph',
  'picture',
  'pictures',
  'pic',
  'source',
  'video',
  'footage',
  'illustration',
])

/** News agencies that stand alone as a source line at the top of a story. */
export const newsAgencies: ReadonlySet<string> = new Set([
  'reuters',
  'ap',
  'associated press',
  'afp',
  'agence france-presse',
  'pa',
  'pa media',
  'press association',
  'bloomberg',
  'upi',
  'dpa',
  'xinhua',
  'efe',
  'ansa',
  'kyodo',
  'tass',
  'cnn',
  'bbc',
  'bbc news',
])

/** Lines that are page furniture, lower-cased without trailing punctuation. */
export const pageNoise: ReadonlySet<string> = new Set([
  'advertisement',
  'advert',
  'ad',
  'sponsored',
  'read more',
  'related',
  'related articles',
  'related stories',
  'more on this story',
  'share',
  'share this article',
  'share this',
  'share on facebook',
  'share on twitter',
  'comments',
  'view comments',
  'show comments',
  'hide comments',
  'scroll down for video',
  'watch',
  'watch the video',
  'click here',
  'subscribe',
  'sign up',
  'newsletter',
  'most read',
  'trending',
  'latest',
  'latest news',
  'latest developments',
  'breaking',
  'breaking news',
  'live',
  'updated',
  'follow us',
  'published',
  'posted',
  'continue reading',
  'skip advert',
  'listen',
  'listen to this article',
  'image caption',
  'media caption',
  'close',
  'copy link',
  'link copied',
  'top stories',
])

/**
 * Labels of a line that links to another story ("Read more: How the floods
 * hit the city"), lower-cased: the line is page furniture, not a caption.
 */
export const relatedLinkLabels: ReadonlySet<string> = new Set([
  'read more',
  'read also',
  'also read',
  'read next',
  'see also',
  'related',
  'related story',
  'related stories',
  'related articles',
  'related content',
  'more on this story',
  'more from',
  'most read',
  'recommended',
  'further reading',
  'you may also like',
  'our standards',
])

/**
 * Social networks a "Follow ... on Twitter" line names (lower-cased): such a
 * line is page furniture, not the article's prose.
 */
export const socialPlatforms: ReadonlySet<string> = new Set([
  'twitter',
  'x',
  'instagram',
  'facebook',
  'threads',
  'bluesky',
  'tiktok',
  'linkedin',
  'mastodon',
  'youtube',
  'snapchat',
  'truth',
])

/**
 * The first two words (lower-cased) of a short line that calls the reader to
 * act ("Sign up to our daily newsletter"): page furniture.
 */
export const pageNoiseOpeners: ReadonlySet<string> = new Set([
  'sign up',
  'sign in',
  'log in',
  'subscribe to',
  'subscribe now',
  'subscribe for',
  'click here',
  'tap here',
  'download our',
  'download the',
  'follow us',
  'get our',
  'join our',
  'listen to',
  'watch live',
])

/**
 * The last word of a writer's job on a line of its own under the byline
 * ("Political correspondent", "Economics Editor"), lower-cased.
 */
export const journalistTitles: ReadonlySet<string> = new Set([
  'correspondent',
  'correspondents',
  'editor',
  'reporter',
  'reporters',
  'writer',
  'journalist',
  'columnist',
  'producer',
  'contributor',
  'presenter',
  'staff',
])

/** First words of a line that only says when the page was published: "Published 3 hours ago". */
export const timestampOpeners: ReadonlySet<string> = new Set([
  'published',
  'updated',
  'posted',
  'modified',
  'last updated',
  'first published',
])
