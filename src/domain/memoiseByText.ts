/**
 * A one-argument function of text that answers a repeated argument from memory. A sheet repeats a
 * few countries and languages on every row; names among them cost a normalisation and an index
 * look-up each (about 5 % of a 100 000-row check). Bounded, for sheets whose values are all unique.
 * Only for pure functions whose results nobody changes: every repeat gets the same object.
 */
export function memoiseByText<T>(fn: (text: string) => T, max = 10_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = fn(text);
      if (answers.size >= max) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}

/**
 * memoiseByText for a function of text and a second argument with few values (a country code):
 * one memory per value of that argument.
 */
export function memoisePerArgument<A, T>(fn: (text: string, arg: A) => T, max = 10_000): (text: string, arg: A) => T {
  const byArgument = new Map<A, (text: string) => T>();
  return (text, arg) => {
    let memoised = byArgument.get(arg);
    if (memoised === undefined) byArgument.set(arg, (memoised = memoiseByText((t) => fn(t, arg), max)));
    return memoised(text);
  };
}
