/** A coordinator's text as paragraphs: a blank line starts a new one. */
export const LegalText = ({ text }: { text: string }) => (
  <>
    {text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map((paragraph, index) => (
        <p key={index} className="legal-text">
          {paragraph}
        </p>
      ))}
  </>
);
