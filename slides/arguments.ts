import type { AuthorArgument } from '../src/schema.ts';
import { ARTICLE } from './sources.ts';

/**
 * The author's opinions. Each is shown after "The author argues", never as a
 * finding of the talk; the excerpt is the author's own words.
 */
export const authorArguments: readonly AuthorArgument[] = [
  {
    id: 'army-busy-elsewhere',
    paraphrase:
      'that the army has been occupied with domestic politics rather than with counter-terrorism, leaving militant groups a free run.',
    source: {
      source: ARTICLE,
      excerpt: 'jailing opposition leaders, bringing back exiled politicians, and rigging elections',
      verbatim: true,
    },
  },
  {
    id: 'afghanistan-no-go-zone',
    paraphrase: 'that Afghanistan is becoming a no-go zone for ISKP, which is one reason it is turning to Pakistan.',
    source: {
      source: ARTICLE,
      excerpt: 'Number one, Afghanistan is becoming a no-go zone.',
      verbatim: true,
    },
  },
  {
    id: 'taliban-self-preservation',
    paraphrase:
      'that the Taliban hunt ISKP not because they have changed but to protect themselves: if Afghanistan became a base for attacks abroad, foreign forces could return and topple them.',
    source: {
      source: ARTICLE,
      excerpt:
        'If Afghanistan becomes a terror launchpad, foreign forces could return, the Taliban may be toppled again. So it is all about self-preservation.',
      verbatim: true,
    },
  },
  {
    id: 'iskp-fighters-moving-in',
    paraphrase: 'that ISKP fighters are moving into Pakistan as a result, and bringing weapons with them.',
    source: {
      source: ARTICLE,
      excerpt: 'the ISKP fighters are pouring into Pakistan, and they\u2019re coming with weapons',
      verbatim: true,
    },
  },
  {
    id: 'reluctance-to-hit-back',
    paraphrase:
      'that Pakistan is reluctant to strike back at the groups that attack it, and that the army seems hesitant to do so.',
    source: {
      source: ARTICLE,
      excerpt: 'Reason number two: Pakistan\u2019s reluctance to hit back.',
      verbatim: true,
    },
  },
  {
    id: 'good-bad-terrorism-trap',
    paraphrase:
      'that the Pakistani army distinguishes \u201cgood\u201d from \u201cbad\u201d terrorism, and that this leaves Pakistan trapped: acting against the TTP helps ISKP, and acting against ISKP helps the TTP, because the two are rivals.',
    source: {
      source: ARTICLE,
      excerpt:
        'there is good and bad terrorism. If they crack down on TTP, it helps the ISKP and if they crack down on the ISKP, it helps the TTP',
      verbatim: true,
    },
  },
  {
    id: 'choosing-which-terrorists',
    paraphrase:
      'that Pakistan spent years choosing which militant groups to support, and that this choice is now rebounding on it.',
    source: {
      source: ARTICLE,
      excerpt: 'They spent years choosing which terrorists to support. Now, it is all coming back to haunt them.',
      verbatim: true,
    },
  },
  {
    id: 'west-in-a-bind',
    paraphrase:
      'that the West is caught in a bind: it pays little attention to the TTP, whose ambitions it sees as confined to Pakistan, but the Islamic State\u2019s global ambitions mean the rise of ISKP will worry it.',
    source: {
      source: ARTICLE,
      excerpt:
        'the West is caught in a bind. They don\u2019t care about the TTP, as far as Washington knows, the TTP only has ambitions inside Pakistan.',
      verbatim: true,
    },
  },
  {
    id: 'regional-problem',
    paraphrase:
      'that the threat is not Pakistan\u2019s alone but affects the whole region, from India to Sri Lanka and Bangladesh.',
    source: {
      source: ARTICLE,
      excerpt: 'So it is a problem that affects the entire region.',
      verbatim: true,
    },
  },
  {
    id: 'right-intentions',
    paraphrase: 'that Pakistan could end the threat if it had the right intentions, and doubts that it has them.',
    source: {
      source: ARTICLE,
      excerpt:
        'With the right intentions, Pakistan can end this threat, but the right intentions are not its strong suit.',
      verbatim: true,
    },
  },
];
