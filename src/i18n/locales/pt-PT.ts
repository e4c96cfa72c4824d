// European Portuguese: only what differs from Brazilian (`pt`).
import { pt } from './pt.js';
import type { Strings } from './en.js';

export const ptPT: Strings = {
  ...pt,
  share: 'Partilhar',
  shareOn: 'Partilhar no {0}',
  newWindow: 'abre numa nova janela',
  shareVia: 'Partilhar via…',
  instanceLabel: 'O seu servidor Mastodon',
  instanceInvalid: 'Introduza o nome de um servidor, como mastodon.social',
  sharesCount: 'Partilhas: {0}',
  totalShares: 'Total de partilhas: {0}',
  sharesWord: 'partilhas',
  more: 'Mais formas de partilhar',
  subscribeTo: 'Subscrever {0}',
};
