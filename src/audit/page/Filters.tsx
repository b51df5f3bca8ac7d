import { Choice } from "./Choice";
import { AUDIT_LAYERS } from "../decide";
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
      <Choice
        className="audit-field"
        label={t.layer}
        value={filter.layer}
        options={[{ value: "any", label: t.anyLayer }, ...AUDIT_LAYERS.map((layer) => ({ value: layer, label: text.layers[layer] }))]}
        onChange={(layer) => onFilter({ ...filter, layer })}
        data={{ filter: "layer" }}
      />
      <Choice
        className="audit-field"
        label={t.owner}
        value={filter.owner}
        options={[{ value: "", label: t.allOwners }, ...owners.map((owner) => ({ value: owner, label: owner }))]}
        onChange={(owner) => onFilter({ ...filter, owner })}
        data={{ filter: "owner" }}
      />
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
      <Choice
        className="audit-field"
        label={t.sort}
        value={sort}
        options={SORT_KEYS.map((key) => ({ value: key, label: t.sortKeys[key] }))}
        onChange={onSort}
        data={{ filter: "sort" }}
      />
    </section>
  );
}
