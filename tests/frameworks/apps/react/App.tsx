// A React 19 app using smm-kit as the README shows: the tags, typed by smm-kit/react; smm-share
// and smm-follow heard through React's own `on<event>` props; a boolean property set from state.
import { useState } from 'react';
import 'smm-kit/share';
import 'smm-kit/follow';
import type {} from 'smm-kit/react';
import type { SmmFollowEvent, SmmShareEvent } from 'smm-kit';

export function App() {
  const [shared, setShared] = useState<string[]>([]);
  const [followed, setFollowed] = useState('');
  const [utm, setUtm] = useState(false);

  const onShare = (e: SmmShareEvent) => {
    e.preventDefault(); // the app handles the share itself: no new tab
    setShared((list) => [...list, e.detail.network]);
  };
  const onFollow = (e: SmmFollowEvent) => {
    e.preventDefault();
    setFollowed(e.detail.network);
  };

  return (
    <main>
      <smm-share networks="x,bluesky,copy" url="https://example.org/post" share-title="A post" utm={utm} onsmm-share={onShare} />
      <smm-follow instagram="@trattoria" bluesky="trattoria.bsky.social" onsmm-follow={onFollow} />
      <button id="utm" onClick={() => setUtm(true)}>Tag shared links</button>
      <output id="shared">{shared.join(',')}</output>
      <output id="followed">{followed}</output>
    </main>
  );
}
