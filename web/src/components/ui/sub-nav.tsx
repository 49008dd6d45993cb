import { NavLink } from 'react-router';

export interface SubNavPage {
  to: string;
  label: string;
  /** Current only on this exact path, not on the pages below it. */
  end?: boolean;
}

/** A section's own navigation below the page header; the current page is marked by NavLink (`aria-current`). */
export const SubNav = ({ label, pages }: { label: string; pages: readonly SubNavPage[] }) => (
  <nav aria-label={label} className="sub-nav">
    <ul role="list" className="button-row">
      {pages.map((page) => (
        <li key={page.to}>
          <NavLink to={page.to} end={page.end ?? false}>
            {page.label}
          </NavLink>
        </li>
      ))}
    </ul>
  </nav>
);
