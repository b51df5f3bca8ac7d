/** One labelled native select: in the tab order and read by every screen reader, with Fluent's look (audit.css). */
export interface ChoiceOption<T extends string> {
  readonly value: T;
  readonly label: string;
  /** The option's language, when its label is in another one than the page's (a language's own name). */
  readonly lang?: string;
}

interface Props<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly ChoiceOption<T>[];
  readonly onChange: (value: T) => void;
  /** The label's class (the filters' layout), if any. */
  readonly className?: string;
  /** Names the control for tests and the bench: data-filter or data-setting with this value. */
  readonly data: { readonly filter: string } | { readonly setting: string };
}

export function Choice<T extends string>({ label, value, options, onChange, className, data }: Props<T>) {
  const name = "filter" in data ? { "data-filter": data.filter } : { "data-setting": data.setting };
  return (
    <label className={className}>
      {label}
      <select className="audit-control" value={value} onChange={(e) => onChange(e.currentTarget.value as T)} {...name}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
