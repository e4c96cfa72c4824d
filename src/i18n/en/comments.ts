// English strings of <smm-comments> and <smm-comment-count>, added to the fallback when the
// elements are created (the form's own are in ./comment-form.ts, in the form's chunk). Other locales keep theirs in ../comments/<code>.ts, a pack of its own,
// fetched only by pages that show comments, so the bars' locale files do not grow.
// A string with `one:…|other:…` forms is chosen by Intl.PluralRules (categories: zero, one, two,
// few, many, other; `other` is required).
export const enComments = {
  comments: 'Comments',
  commentCount: 'one:{0} comment|other:{0} comments',
  loading: 'Loading comments…',
  loadFailed: 'The comments could not be loaded.',
  retry: 'Try again',
  noComments: 'No comments yet.',
  closed: 'Comments are closed.',
  sortBy: 'Sort by',
  newest: 'Newest',
  oldest: 'Oldest',
  top: 'Most liked',
  showMore: 'Show more comments',
  showMoreReplies: 'Show more replies',
  reply: 'Reply',
  like: 'Like',
  edited: 'edited',
  moderator: 'Moderator',
  verified: 'Verified',
  inReplyTo: 'in reply to {0}',
  deleted: 'Comment deleted',
  awaiting: 'Awaiting moderation',
  write: 'Write a comment',
};
