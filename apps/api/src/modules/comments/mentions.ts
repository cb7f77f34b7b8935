/**
 * Emails mentioned in a comment's text as `@` + email (`@anna.berg@stockholm.se`), lower-cased, each once.
 * An `@` inside a word or an address (`anna@x.se` alone) is not a mention.
 */
export function mentionedEmails(body: string): string[] {
  const found = body.matchAll(/(?<![\w.@+-])@([\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g);
  return [...new Set([...found].map((match) => match[1]!.toLowerCase()))];
}
