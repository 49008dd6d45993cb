/** Short facts as a row of badges ("Free", "Companion welcome"); nothing when there are none. */
export const Badges = ({ badges }: { badges: readonly string[] }) => {
  if (badges.length === 0) return null;
  return (
    <ul role="list" className="badges">
      {badges.map((badge) => (
        <li key={badge} className="badge">
          {badge}
        </li>
      ))}
    </ul>
  );
};
