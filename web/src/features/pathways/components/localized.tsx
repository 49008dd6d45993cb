import type { ElementType } from 'react';
import { useListingFormat } from '../../../lib/use-listing-format';
import type { ListingText } from '../../../lib/listing-format';

interface LocalizedProps {
  text: ListingText | undefined;
  as?: ElementType;
  className?: string;
}

/** A national or local text in the UI language (Finnish when not translated), marked with its own `lang`. */
export const Localized = ({ text, as: Element = 'span', className }: LocalizedProps) => {
  const format = useListingFormat();
  if (!text?.fi) return null;
  const picked = format.text(text);
  return (
    <Element lang={picked.lang} className={className}>
      {picked.text}
    </Element>
  );
};
