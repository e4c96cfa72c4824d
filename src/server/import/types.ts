// What the parsers produce and what they report. ImportedComment is the store's record
// (store/comment-types.ts on the comments branch); until that lands, this is its copy.
export type ImportedStatus = 'pending' | 'published' | 'spam' | 'rejected' | 'deleted';

export interface ImportedComment {
  source: 'disqus' | 'wxr' | 'json';
  sourceId: string;
  thread: string;
  parentSourceId?: string;
  name: string;
  email?: string;
  emailHash?: string;
  url?: string;
  body: string;
  createdAt: Date;
  editedAt?: Date;
  status: ImportedStatus;
  likes?: number;
  badge?: 'moderator' | 'verified';
  identity?: string;
  id?: string;
  parentId?: string;
}
