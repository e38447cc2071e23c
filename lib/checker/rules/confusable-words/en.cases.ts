import type { RuleTable } from '@/tests/unit/cases/types';

const wrap = (body: string) => `Dear Ms. Hale,\n\nThank you for the interview on Monday for the analyst position. ${body}\n\nI look forward to hearing from you.\n\nKind regards,\nSam`;

/** confusable-words is English-only: these are its tables. */
const table: RuleTable = {
  valid: [
    { text: wrap('I parked over there and walked in; there seems to be a lot going on.') },
    { text: wrap('You\'re right that the role needs SQL, and your team clearly cares about data quality.') },
    { text: wrap('Their planning process impressed me more than I expected, and there is a lot I could learn there.') },
    { text: wrap('I was glad to know that the team is growing, and it is too early to say more than that.') },
    { text: wrap('The company and its culture stood out, and it\'s clear the new system will affect every site.') },
    { text: wrap('I would welcome your advice on the next steps, whether by phone or e-mail.') },
    { text: wrap('Then we talked about the budget, which was more detailed than I had imagined.') },
    { text: wrap('I am sure the move will have a positive effect on the team. I don\'t want to lose touch with the project.') },
    { text: wrap('I no longer work with paper records, so I know how much the new system matters.') },
    { text: wrap('They\'re hiring for two roles, and they\'re looking for people who like to travel.') },
    { text: wrap('Please let me know whether I am on your shortlist, and how the department plans its reporting.') },
    { text: wrap('I moved to Leeds in 2019, then I was promoted to shift lead a year later.') },
  ],
  invalid: [
    { text: wrap('I would like to discuss [[there]] plans for the new warehouse.'), note: 'there after any infinitive, not only the verbs the trigger used to list' },
    { text: wrap('I enjoyed hearing how [[you\'re]] store rewards staff for good feedback.'), note: "you're before a noun" },
    { text: wrap('Seeing the lab made me more excited [[then]] ever to join the group.'), note: 'then after a comparative' },
    { text: wrap('The new tools are better [[then]] the ones I use today.'), note: 'then after better' },
    { text: wrap('I am [[shore]] I could help with the migration.'), note: 'shore for sure' },
    { text: wrap('I was glad to [[no]] that the team is growing.'), note: 'no for know' },
    { text: wrap('[[Your]] welcome to call me if anything is unclear.'), note: 'your welcome' },
    { text: wrap('I would hate to [[loose]] the chance to work on the pipeline.'), note: 'loose for lose' },
    { text: wrap('I have thought about it, and [[its]] been a great week of learning.'), note: 'its been' },
    { text: wrap('I was impressed by how [[their]] is a mentor for every new hire.'), note: 'their is' },
    { text: wrap('The new process could have a positive [[affect]] on the whole department.'), note: 'affect as a noun' },
    { text: wrap('Please let me know [[weather]] you need references.'), note: 'weather for whether' },
    { text: wrap('I hope [[your]] doing well after the busy week.'), note: 'your before a gerund' },
    { text: wrap('I am even more interested in the position [[then]] before.'), note: 'then before, after a comparative further back' },
    { text: wrap('I am more interested in the role now [[then]] I was before our talk.'), note: 'then + clause after a comparative' },
    { text: wrap('I hope it is a case of better late [[then]] never.'), note: 'better late then never' },
    { text: wrap('I hope [[your]] well and that the move went smoothly.'), note: 'your before a predicative adjective' },
  ],
};

export default table;
