// `smm-kit`: classes, events, registries and types. Defines no tags and has no side effects.
export { SmmShare } from './components/share/share.js';
export type { Layout, Variant, Size, Shape, Labels, Theme } from './components/share/share.js';
export { SmmFollow } from './components/follow/follow.js';
export type { FollowLayout, FollowMode } from './components/follow/follow.js';
export { PROFILES, profileUrl } from './components/follow/profiles.js';
export type { Profile } from './components/follow/profiles.js';
export { useNetworks } from './components/share/registry.js';
export type { ShareTarget } from './components/share/registry.js';
export { copyAction, printAction, nativeAction } from './components/share/actions/index.js';
export type { ShareAction } from './components/share/actions/types.js';
export { shareCounts } from './components/share/counts.js';
export { mastodonPicker } from './components/share/networks/mastodon-picker.js';
export type { Network, ShareData } from './components/share/networks/types.js';
export { SmmShareEvent, SmmFollowEvent, SmmErrorEvent } from './events.js';
export type { SmmShareDetail, SmmFollowDetail, SmmErrorDetail } from './events.js';
export { LocalizeController, registerLocale, matchLocale } from './i18n/localize.js';
export type { Strings, StringKey } from './i18n/locales/en.js';
export { SHARE_NETWORKS, SHARE_ACTIONS, FOLLOW_NETWORKS, RETIRED_NETWORKS } from './shared/network-ids.js';
