import { markPastWords, markPastChars, under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// too-long, en: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
// ---------------------------------------------------------------------------------------------
// Long drafts for the too-long table. Only plain words (no digits, hyphens or apostrophes), so
// that every way of counting words agrees on where the budget ends.
// ---------------------------------------------------------------------------------------------
const LONG_BODY = [
  'Thank you for the interview on Tuesday for the customer success manager position at Larkspur Software.',
  'I enjoyed hearing how your team onboards new clients and how closely you work with the product group.',
  'Our conversation about renewal risk stayed with me on the train home, and I wrote down a few more thoughts.',
  'At my current company I look after a portfolio of mid sized accounts in logistics and retail.',
  'Last spring I set up a simple health score that combined usage data, open tickets and survey answers.',
  'With that score we could spot unhappy customers weeks earlier and call them before they started to look elsewhere.',
  'Churn in my portfolio fell noticeably over the following two quarters, and the sales team began to use the same view.',
  'You mentioned that your managers spend a lot of time preparing quarterly business reviews by hand.',
  'I have built templates for those reviews that pull figures straight from the reporting tool, which saved my team hours every month.',
  'I would be glad to show you an example with the client names removed, if that would be useful.',
  'I also wanted to add something I forgot to say when you asked about difficult conversations.',
  'Two years ago a large customer threatened to cancel after a failed data migration that was not our fault.',
  'I flew out to meet their operations lead, listened to the whole story, and agreed a recovery plan with weekly calls.',
  'They renewed for three more years and later became one of our reference customers.',
  'That experience taught me that patience and clear follow through matter more than any clever pitch.',
  'I was also impressed by the way your support and success teams share a single backlog of customer requests.',
  'In my experience that kind of shared view prevents many of the small misunderstandings that frustrate clients.',
  'The focus on coaching that you described for new managers is something I would value a great deal.',
  'I am very interested in the role and in helping your customers get more out of the platform.',
  'Please let me know if you need references or any further information from me.',
  'I look forward to hearing from you about the next steps.',
];

const longEmail = `Dear Ms. Whitfield,\n\n${LONG_BODY.slice(0, 7).join(' ')}\n\n${LONG_BODY.slice(7, 15).join(' ')}\n\n${LONG_BODY.slice(15).join(' ')}\n\nKind regards,\nJonathan Reeve`;

const mediumEmail = `Dear Ms. Whitfield,\n\n${LONG_BODY.slice(0, 4).join(' ')}\n\n${LONG_BODY.slice(7, 10).join(' ')}\n\n${LONG_BODY.slice(18).join(' ')}\n\nKind regards,\nJonathan Reeve`;

const longMessage = `Hi Grace,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(7, 15).join(' ')}\n${LONG_BODY.slice(19).join(' ')}\nBest,\nJonathan`;

const shortMessage = `Hi Grace,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(18).join(' ')}\nBest,\nJonathan`;

const longPost = `Thank you to the whole team at Larkspur Software for the interview this week! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(11, 15).join(' ')} ${LONG_BODY.slice(15, 17).join(' ')}`;

const shortPost = `Thank you to the whole team at Larkspur Software for the interview this week! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY[18]}`;

const longComment = `Thank you, Ms. Whitfield, for the interview on Tuesday! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(7, 10).join(' ')} ${LONG_BODY.slice(15, 19).join(' ')}`;

const longNote =
  'Hi Grace, thank you for the interview on Tuesday for the customer success manager position. I enjoyed hearing how your team onboards new clients, and our conversation about renewal risk gave me a lot to think about. I am very interested in the role and would be glad to send you the review templates I mentioned. I hope we can stay in touch here.';

const shortNote =
  'Hi Grace, thank you for the interview on Tuesday for the customer success manager position. I enjoyed hearing how your team onboards new clients and I am very interested in the role.';

export default {
  valid: [
    { note: 'e-mail under 250 words', text: under(mediumEmail, 250) },
    { note: 'message under 150 words', surface: 'message', platform: 'linkedin', text: under(shortMessage, 150) },
    { note: 'post under 100 words', surface: 'post', platform: 'linkedin', text: under(shortPost, 100) },
    { note: 'connection note under 300 characters', surface: 'connection-note', platform: 'linkedin', text: shortNote },
  ],
  invalid: [
    { note: 'e-mail over 250 words', text: markPastWords(longEmail, 250) },
    { note: 'message over 150 words', surface: 'message', platform: 'linkedin', text: markPastWords(longMessage, 150) },
    { note: 'post over 100 words', surface: 'post', platform: 'linkedin', text: markPastWords(longPost, 100) },
    { note: 'comment over 100 words', surface: 'comment', platform: 'facebook', text: markPastWords(longComment, 100) },
    {
      note: 'connection note over 300 characters',
      surface: 'connection-note',
      platform: 'linkedin',
      text: markPastChars(longNote, 300),
    },
  ],
} satisfies RuleTable;
