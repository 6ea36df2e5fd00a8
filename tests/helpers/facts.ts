/** Same facts in two wordings, for tests of same-fact groups. */

/** Facts as one outlet words them, and as another restates them. */
export const FACTS = [
  [
    'The city council approved a budget of 45 million dollars for three new bridges on Tuesday.',
    'On Tuesday the city council approved a 45 million dollar budget for three new bridges.',
  ],
  [
    'Flooding along the Danube forced 12,000 residents of Novi Sad to leave their homes last week.',
    'Last week 12,000 residents of Novi Sad had to leave their homes because of flooding along the Danube.',
  ],
  [
    'The national railway carried 310 million passengers in 2024, a record for the company.',
    'A record 310 million passengers travelled with the national railway in 2024, the company said.',
  ],
] as const;
