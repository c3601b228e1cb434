import { PersonLink } from "@/components/users/avatar";

/**
 * Under the opening post, the reply marked as the thread's answer (decision 035), as GitHub
 * Discussions shows it: who gave it, how it starts, and the way to it (wherever it is in a long
 * thread: its permalink finds its page).
 */
export function ThreadAnswer({ answer, href, lang }: { answer: { id: number; author: { id: string; name: string }; excerpt: string }; href: string; lang: string }) {
  return (
    <section aria-labelledby="thread-answer-heading" className="space-y-1 rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm">
      <h2 id="thread-answer-heading" className="flex flex-wrap items-center gap-2 font-semibold text-emerald-900">
        <span aria-hidden>✓</span> Answered by <PersonLink user={answer.author} />
      </h2>
      <p lang={lang} className="text-stone-700">
        {answer.excerpt}
      </p>
      <a href={href} className="font-medium text-brand-700 underline">
        Go to the answer
      </a>
    </section>
  );
}
