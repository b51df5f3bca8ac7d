import { AUDIT_LAYERS, type AuditLayer } from "../decide";
import type { AuditText } from "../i18n/types";
import type { RowFilter, SortKey } from "../rows";

const SORT_KEYS: readonly SortKey[] = ["problems", "owner", "delegate", ...AUDIT_LAYERS];

interface Props {
  readonly text: AuditText;
  readonly filter: RowFilter;
  readonly onFilter: (filter: RowFilter) => void;
  readonly sort: SortKey;
  readonly onSort: (sort: SortKey) => void;
  readonly owners: readonly string[];
}

/** Native controls with Fluent's look: labelled, in the tab order, read by every screen reader. */
export function Filters({ text, filter, onFilter, sort, onSort, owners }: Props) {
  const t = text.filters;
  return (
    <section aria-label={t.heading} className="audit-filters">
      <label className="audit-check">
        <input
          type="checkbox"
          checked={filter.problemsOnly}
          onChange={(e) => onFilter({ ...filter, problemsOnly: e.currentTarget.checked })}
          data-filter="problems"
        />
        {t.problemsOnly}
      </label>
      <label className="audit-field">
        {t.layer}
        <select
          className="audit-control"
          value={filter.layer}
          onChange={(e) => onFilter({ ...filter, layer: e.currentTarget.value as AuditLayer | "any" })}
          data-filter="layer"
        >
          <option value="any">{t.anyLayer}</option>
          {AUDIT_LAYERS.map((layer) => (
            <option key={layer} value={layer}>
              {text.layers[layer]}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-field">
        {t.owner}
        <select
          className="audit-control"
          value={filter.owner}
          onChange={(e) => onFilter({ ...filter, owner: e.currentTarget.value })}
          data-filter="owner"
        >
          <option value="">{t.allOwners}</option>
          {owners.map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
        </select>
      </label>
      <label className="audit-field">
        {t.search}
        <input
          type="search"
          className="audit-control audit-search"
          value={filter.query}
          onChange={(e) => onFilter({ ...filter, query: e.currentTarget.value })}
          data-filter="search"
        />
      </label>
      <label className="audit-field">
        {t.sort}
        <select className="audit-control" value={sort} onChange={(e) => onSort(e.currentTarget.value as SortKey)} data-filter="sort">
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t.sortKeys[key]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
