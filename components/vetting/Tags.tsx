/** An account's tags as chips: the shortlist table and the comparison show them alike. */
export function Tags({ tags }: { tags: readonly string[] }) {
  return (
    <span class="vet-tags">
      {tags.map((tag) => (
        <span key={tag} class="vet-tag">
          {tag}
        </span>
      ))}
    </span>
  );
}
