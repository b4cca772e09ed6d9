// Words that say nothing about what the reader is looking for: function words, question words
// ("why", "which", "can", "always") and "bad" as readers use it ("a bad back": poor, painful),
// so a long question is ranked by its content words. Words that
// carry meaning on this site are deliberately absent: back, down, front, side, leg, up, over,
// under, behind, inside, outside, after, before.

/** Words dropped from a query before it is searched. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about am an and any are as at be been being but by can can't cannot could did do does doing
  don't for from get gets getting got had has have having he her hers him his how i i'd i'm i've
  if in into is isn't it it's its itself just let me mine my myself of on or our ours should so
  some such than that that's the their theirs them then there these they this those to too very
  was we were what what's when which while who whom why will with would you your yours yourself
  really also keep keeps kind sort thing things cause causes causing caused
  tell explain show shows mean means anything something someone need needs needed want
  always even still ever no matter much same time feel feels like vs versus won't bad issue issues
  problem problems`
    .split(/\s+/)
    .filter(Boolean),
);
